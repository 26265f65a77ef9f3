# recursion through functools.partial
import functools
def f():
    return p()
p = functools.partial(f)
f()
