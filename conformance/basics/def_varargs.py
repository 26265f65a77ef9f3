# *args: collecting extra positionals as a tuple, combined with regular and keyword params.
def f(*args):
    return args
print(f(), f(1), f(1, 'two', [3]))
print(type(f()).__name__)
def g(a, b=0, *rest):
    return a, b, rest
print(g(1), g(1, 2), g(1, 2, 3, 4))
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(1, 2, start=100))
def show(sep, *items):
    return sep.join(str(i) for i in items)
print(show('-', 1, 2, 3))
print(show(', '))
args = (1, 2, 3)
print(f(*args), f(*args, *args), f(0, *args, 4))
print(f(*'abc'), f(*range(3)), f(*{'k': 1}))
def maxof(first, *others):
    best = first
    for o in others:
        if o > best:
            best = o
    return best
print(maxof(3), maxof(3, 9, 2), maxof(*[4, 8, 1]))
try:
    maxof()
except TypeError as e:
    print(type(e).__name__, e)
def rec(*a):
    if not a:
        return 0
    return a[0] + rec(*a[1:])
print(rec(1, 2, 3, 4, 5))
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*None)
except TypeError as e:
    print(type(e).__name__, e)
