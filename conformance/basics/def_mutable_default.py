# Mutable default arguments are shared between calls; the None idiom avoids that.
def append_to(item, target=[]):
    target.append(item)
    return target
a = append_to(1)
b = append_to(2)
print(a, b, a is b)
print(append_to(3, []))
print(append_to(4))
def add_key(k, d={}):
    d[k] = len(d)
    return d
print(add_key('a'))
print(add_key('b'))
print(add_key('c', {}))
print(add_key('d'))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
def memo_fib(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return cache[n]
print(memo_fib(50), len(memo_fib.__defaults__[0]))
def counter(c=[0]):
    c[0] += 1
    return c[0]
print(counter(), counter(), counter([100]), counter())
