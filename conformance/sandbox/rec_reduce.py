# recursion through functools.reduce
import functools
def f(a, b):
    return functools.reduce(f, [1, 2, 3])
f(0, 0)
