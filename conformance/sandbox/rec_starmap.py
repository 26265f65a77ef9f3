# recursion through itertools.starmap
import itertools
def f(x):
    return list(itertools.starmap(f, [(x,)]))
f(0)
