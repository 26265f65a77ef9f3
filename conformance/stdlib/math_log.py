# math: log with and without base, log2, log10, on floats, small ints and huge ints.
import math


def t(f, *args):
    try:
        print(f.__name__, repr(f(*args)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


for v in [1, 2, 8, 10, 100, 0.5, 1e-300, 1e300, 2.718281828459045, True]:
    t(math.log, v)
    t(math.log2, v)
    t(math.log10, v)
for v in [10**400, 2**1023, 2**1024, 2**1024 + 1, 3**1000, 2**10000, 7 * 2**3000]:
    t(math.log, v)
    t(math.log2, v)
    t(math.log10, v)
    t(math.log, v, 10)
    t(math.log, 10, v)
for args in [(8, 2), (100, 10), (1.5, 2.5), (10, 0.5), (1, 5), (10, 1), (0, 10), (10, 0), (-1,), (0,),
             (-(10**400),), (2, True), ("a",), (2, "b")]:
    t(math.log, *args)
for v in [0, -1, 0.0, -2.5, float("-inf"), float("inf"), float("nan")]:
    t(math.log2, v)
    t(math.log10, v)
