# a high --max-recursion: generators calling next() on generators
def g():
    yield next(g())
next(g())
