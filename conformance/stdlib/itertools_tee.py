# itertools: tee copies advancing independently over a shared underlying iterator.
import itertools as it


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def gen(n):
    for i in range(n):
        yield i * i


a, b = it.tee([1, 2, 3, 4])
t(lambda: (next(a), next(a), list(b), list(a)))
t(lambda: [list(x) for x in it.tee("abc", 3)])
a, b, c = it.tee(gen(6), 3)
t(lambda: (next(a), list(b), list(a), next(c), list(c)))
x, y = it.tee(gen(1000))
t(lambda: sum(x))
t(lambda: sum(y))
x, y = it.tee(range(10))
t(lambda: [next(x) + next(y) for _ in range(5)])
t(lambda: (list(x), list(y)))
t(lambda: it.tee([], 0))
t(lambda: len(it.tee([], 1)))
t(lambda: it.tee([], -1))
t(lambda: it.tee())
t(lambda: it.tee([], 1, 2))
t(lambda: it.tee(5))
