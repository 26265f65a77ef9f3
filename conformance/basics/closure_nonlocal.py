# nonlocal: rebinding enclosing-scope names, several levels, counters and accumulators.
def make_counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc
c = make_counter()
print(c(), c(), c(10))
def outer():
    x = 1
    def mid():
        nonlocal x
        x += 1
        def inner():
            nonlocal x
            x *= 10
        inner()
        return x
    r = mid()
    return r, x
print(outer())
def running_avg():
    total = 0
    n = 0
    def add(v):
        nonlocal total, n
        total += v
        n += 1
        return total / n
    return add
avg = running_avg()
print(avg(10), avg(20), avg(60))
def no_nonlocal():
    x = 1
    def inner():
        x = 2
        return x
    inner()
    return x
print(no_nonlocal())
def toggler():
    on = False
    def flip():
        nonlocal on
        on = not on
        return on
    return flip
t = toggler()
print(t(), t(), t())
def fib_gen():
    a, b = 0, 1
    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    return step
s = fib_gen()
print([s() for _ in range(10)])
def shadow():
    v = 'outer'
    def f():
        nonlocal v
        v = 'changed'
    f()
    return v
print(shadow())
