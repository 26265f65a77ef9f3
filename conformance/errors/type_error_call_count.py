# "takes N positional arguments but M were given" with singular/plural and defaults ranges.
def zero():
    pass
def one(a):
    pass
def two(a, b):
    pass
def opt(a, b=1, c=2):
    pass
def kw(a, *, b):
    pass
for f, args in [(zero, (1,)), (zero, (1, 2)), (one, (1, 2)), (two, (1, 2, 3)), (opt, (1, 2, 3, 4)),
                (kw, (1, 2)), (kw, (1, 2, 3))]:
    try:
        f(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    kw(1, 2, b=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda: 0)(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda x, y=1: 0)(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
