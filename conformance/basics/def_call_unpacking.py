# Argument unpacking at call sites: *iterables and **mappings in any combination.
def f(a, b, c, d=4, *rest, **kw):
    return a, b, c, d, rest, kw
print(f(*[1, 2, 3]))
print(f(1, *(2, 3), 5, 6))
print(f(*range(2), *'x'))
print(f(*[1, 2], c=3))
print(f(1, 2, **{'c': 3, 'e': 5}))
print(f(*[1, 2, 3, 4, 5], **{'z': 0}))
def g(*args):
    return len(args)
print(g(*[], *(), *''))
print(g(*[1] * 50))
gen = (i for i in range(4))
print(g(*gen))
print(g(*{1: 'a', 2: 'b'}))
print(max(*[3, 8, 1]), min(*'zyx'))
print(*[1, 2, 3], sep=', ')
print(*'abc')
print(*[])
print('before', *(), 'after')
def kwonly(*, x, y):
    return x, y
print(kwonly(**{'y': 1, 'x': 2}))
try:
    f(*[1], **{'a': 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, 3, **{'d': 1}, d=2)
except TypeError as e:
    print(type(e).__name__, e)
