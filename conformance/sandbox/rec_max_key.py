# recursion through max(key=)
def f(x):
    return max([1, 2], key=f)
f(0)
