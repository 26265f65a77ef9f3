# recursion through yield from
def g():
    yield from g()
next(g())
