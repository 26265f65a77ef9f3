# math: ceil/floor/trunc to int, frexp, modf, ldexp, ulp, nextafter and the constants.
import math


def t(f, *args):
    try:
        print(f.__name__, args, repr(f(*args)))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)


inf = float("inf")
nan = float("nan")
for v in [0, -0.0, 1.5, -1.5, 2.5, -2.5, 1e20, -1e20, 10**30, True, 7, inf, nan]:
    t(math.ceil, v)
    t(math.floor, v)
    t(math.trunc, v)
t(math.ceil, "1")
t(math.trunc, "1")
for v in [0, -0.0, 1, 0.5, -3, 1e-320, 1e300, 10**30, inf, nan]:
    t(math.frexp, v)
    t(math.modf, v)
for x in [1.0, -1.5, 0.0, 1e-310, inf, nan]:
    for i in [0, 3, -3, 1000, -1075, 10**30, -(10**30), True]:
        t(math.ldexp, x, i)
t(math.ldexp, 1.0, 1.5)
t(math.ldexp, 1.0, 2000)
for v in [1.0, 0.0, -2.0, 1e300, 5e-324, inf, nan]:
    t(math.ulp, v)
t(math.nextafter, 1.0, 2.0)
t(math.nextafter, 1.0, 0.0)
t(math.nextafter, 0.0, -1.0)
t(math.nextafter, 3, 3)
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.floor(2.5)).__name__, type(math.ceil(2)).__name__, type(math.trunc(True)).__name__)
