# Functions as first-class values: dispatch tables, higher-order helpers, composition.
def add(a, b):
    return a + b
def sub(a, b):
    return a - b
ops = {'+': add, '-': sub, '*': lambda a, b: a * b, 'max': max}
for sym in ['+', '-', '*', 'max']:
    print(sym, ops[sym](7, 3))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.upper, 1, 'abc'))
def compose(*fs):
    def run(x):
        for g in reversed(fs):
            x = g(x)
        return x
    return run
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), compose()(42), compose(len, str)(12345))
def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
def slow_square(n):
    return n * n
fast = memoize(slow_square)
print([fast(i % 3) for i in range(6)], sorted(fast.cache.items()))
callbacks = []
for name in ['a', 'b']:
    callbacks.append(lambda suffix, name=name: name + suffix)
print([cb('!') for cb in callbacks])
print(sorted(['bb', 'a', 'ccc'], key=len), list(map(ops['+'], [1, 2], [10, 20])))
