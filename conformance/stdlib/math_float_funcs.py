# math: one-argument float functions on ordinary values, domain and range errors.
import math


def t(f, *args):
    try:
        print(f.__name__, args, repr(f(*args)))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)


for f in [math.sqrt, math.exp, math.exp2, math.expm1, math.log1p, math.cbrt, math.fabs]:
    for v in [0, 1, 2, -1, 0.5, 1e-10, 100, 709.5, -745.2, True]:
        t(f, v)
for f in [math.sin, math.cos, math.tan, math.asin, math.acos, math.atan]:
    for v in [0, 0.5, -0.5, 1, -1, 2, 3.14159, 1e10]:
        t(f, v)
for f in [math.sinh, math.cosh, math.tanh, math.asinh, math.acosh, math.atanh]:
    for v in [0, 0.5, -0.5, 1, -1, 2, 20, 800]:
        t(f, v)
for f in [math.erf, math.erfc, math.gamma, math.lgamma]:
    for v in [0, 0.5, -0.5, 1, 2, 3, 4.5, 10, -1, -2.5, 30, 171, 172, -200.5, 1e-30]:
        t(f, v)
for v in [0, 90, 180, -45, 1e3]:
    t(math.radians, v)
    t(math.degrees, v)
t(math.sqrt, "4")
t(math.exp, None)
t(math.sqrt, 10**400)
t(math.exp, 710)
t(math.expm1, 710)
