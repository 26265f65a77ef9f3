# recursion through generators: next(g()) inside g
def g():
    yield next(g())
next(g())
