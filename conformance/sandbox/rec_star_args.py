# recursion through *args calls
def f(*a):
    return f(*a, 1) if len(a) < 10 else f(*a[:1])
f()
