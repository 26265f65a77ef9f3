# "unexpected keyword argument" and "got multiple values for argument" messages.
def f(a, b=2):
    return a, b
for call in [lambda: f(1, c=3), lambda: f(1, 2, a=3), lambda: f(1, a=1), lambda: f(b=1, a=2, z=3),
             lambda: f(**{'a': 1, 'zz': 2}), lambda: f(1, **{'b': 2}, **{'b': 3})]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
def g(*args):
    return args
try:
    g(x=1)
except TypeError as e:
    print(type(e).__name__, e)
def h(**kw):
    return kw
try:
    h(1)
except TypeError as e:
    print(type(e).__name__, e)
lam = lambda a: a
try:
    lam(b=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(obj=[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.split(separator=',')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], reversed=True)
except TypeError as e:
    print(type(e).__name__, e)
