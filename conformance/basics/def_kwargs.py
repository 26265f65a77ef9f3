# **kwargs: collecting extra keywords as a dict, order preserved, unpacking at call sites.
def f(**kw):
    return kw
print(f(), f(a=1), f(b=2, a=1))
print(type(f()).__name__)
def g(x, *args, **kwargs):
    return x, args, kwargs
print(g(1, 2, 3, y=4, z=5))
opts = {'sep': '-', 'end': '!\n'}
print('a', 'b', **opts)
def h(a, b, c):
    return a * 100 + b * 10 + c
print(h(**{'a': 1, 'b': 2, 'c': 3}))
print(h(1, **{'c': 3, 'b': 2}))
print(h(*[1], **{'b': 2}, c=3))
print(f(**{'a': 1}, **{'b': 2}))
print(f(**{'x': 1}, y=2, **{'z': 3}))
def passthrough(*args, **kwargs):
    return g(*args, **kwargs)
print(passthrough('p', 'q', r='s'))
d = {'a': 1}
r = f(**d)
r['a'] = 99
print(d, r)
try:
    f(**{'a': 1}, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
def weird(**kw):
    return sorted(kw)
print(weird(**{'with space': 1, '': 2}))
