# "missing N required positional argument(s)" messages with names, quoting and 'and'.
def one(a):
    return a
def two(a, b):
    return a, b
def three(a, b, c):
    return a, b, c
def four(a, b, c, d=4):
    return a
for f, args in [(one, ()), (two, ()), (two, (1,)), (three, ()), (three, (1,)), (three, (1, 2)),
                (four, ()), (four, (1,))]:
    try:
        f(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    three(c=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    three(1, c=3)
except TypeError as e:
    print(type(e).__name__, e)
lam = lambda x, y: x
try:
    lam()
except TypeError as e:
    print(type(e).__name__, e)
def outer():
    def inner(p, q):
        return p
    return inner
try:
    outer()()
except TypeError as e:
    print(type(e).__name__, e)
