# Positional-only parameters (/) and the combination with keyword-only ones.
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(a, b=2, /, c=3):
    return a, b, c
print(h(1), h(1, 5), h(1, 5, 6), h(1, c=7))
def only(a, /):
    return a
print(only(5))
try:
    only()
except TypeError as e:
    print(type(e).__name__, e)
try:
    only(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def mix(p1, p2=None, /, *args, k=0, **kw):
    return p1, p2, args, k, kw
print(mix(1), mix(1, 2, 3, 4, k=5, p1=6))
