# math: argument-count, keyword and type errors with CPython's exact messages.
import math


def t(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


t(math.sqrt)
t(math.sqrt, 1, 2)
t(math.sqrt, x=1)
t(math.floor)
t(math.fsum)
t(math.factorial)
t(math.isqrt, n=4)
t(math.fmod, 1)
t(math.atan2, 1)
t(math.pow, 1)
t(math.pow, 1, 2, 3)
t(math.copysign, x=1, y=2)
t(math.ldexp, 1)
t(math.dist, 1)
t(math.nextafter, 1)
t(math.comb, 1)
t(math.perm)
t(math.perm, 1, 2, 3)
t(math.perm, n=1)
t(math.log)
t(math.log, 1, 2, 3)
t(math.log, x=1)
t(math.gcd, a=1)
t(math.hypot, x=1)
t(math.prod)
t(math.sqrt, "4")
t(math.sin, [1])
t(math.atan2, "a", 1)
t(math.ldexp, 1.0, "a")
t(math.gcd, 2.0)
t(math.trunc, None)
t(math.ceil, None)
t(math.isqrt, 2.5)
t(math.factorial, 2.5)
