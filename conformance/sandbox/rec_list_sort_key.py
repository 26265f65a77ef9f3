# recursion through list.sort(key=)
def f(x):
    [1, 2].sort(key=f)
    return 0
f(0)
