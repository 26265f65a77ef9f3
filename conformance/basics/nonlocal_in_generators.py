# Generators and closures sharing state through nonlocal and mutable cells.
def make():
    count = 0
    def gen(n):
        nonlocal count
        for i in range(n):
            count += 1
            yield i
    def get():
        return count
    return gen, get
gen, get = make()
g = gen(5)
print(get(), next(g), next(g), get())
print(list(g), get())
list(gen(3))
print(get())
def fib_state():
    a, b = 0, 1
    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    def stream():
        while True:
            yield step()
    return stream()
s = fib_state()
print([next(s) for _ in range(12)])
