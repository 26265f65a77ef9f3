# Keyword-only and positional-only binding errors.
def f(a, /, b, *, c, d=4):
    return a, b, c, d
for call in [lambda: f(1, 2), lambda: f(1, 2, 3), lambda: f(a=1, b=2, c=3), lambda: f(1, b=2),
             lambda: f(), lambda: f(1, 2, c=3, e=5), lambda: f(1, 2, 3, c=3)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
def g(*, x, y, z):
    return x
try:
    g(y=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
def h(a, b, /):
    return a
try:
    h(1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
def k(a, /, **kw):
    return a, kw
print(k(1, a=2))
