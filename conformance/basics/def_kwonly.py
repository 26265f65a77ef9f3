# Keyword-only parameters after * or *args, with and without defaults.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=4, b=5), f(a=0, b=0))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
def g(*args, flag=False, level):
    return args, flag, level
print(g(level=1), g(1, 2, level=3, flag=True))
try:
    g(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def h(*, x, y):
    return x - y
print(h(y=1, x=10))
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def k(a, b=1, *, c, d=4, **rest):
    return a, b, c, d, rest
print(k(0, c=2), k(0, 9, c=2, e=5, d=7))
print(f.__kwdefaults__, h.__kwdefaults__)
