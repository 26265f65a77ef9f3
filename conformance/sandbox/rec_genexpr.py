# recursion through a generator expression consumed by sum()
def f():
    return sum(f() for _ in [1])
f()
