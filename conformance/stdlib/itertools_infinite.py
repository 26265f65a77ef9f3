# itertools: count, cycle and repeat (values, reprs, keywords, errors).
import itertools as it


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def take(n, x):
    return list(it.islice(x, n))


t(lambda: take(5, it.count()))
t(lambda: take(5, it.count(10, 3)))
t(lambda: take(5, it.count(2.5, 0.5)))
t(lambda: take(5, it.count(step=-2)))
t(lambda: take(3, it.count(2**64)))
t(lambda: take(3, it.count(True)))
c = it.count(3)
next(c)
next(c)
t(lambda: repr(c))
t(lambda: repr(it.count(5, 2)))
t(lambda: repr(it.count(1.5, 1)))
t(lambda: it.count("a"))
t(lambda: it.count(1, "b"))
t(lambda: it.count(1, 2, 3))
t(lambda: it.count(x=1))
t(lambda: take(7, it.cycle("abc")))
t(lambda: take(7, it.cycle([])))
t(lambda: take(4, it.cycle(iter([1, 2]))))
t(lambda: it.cycle())
t(lambda: it.cycle(1))
t(lambda: it.cycle([], x=1))
t(lambda: list(it.repeat(7, 3)))
t(lambda: list(it.repeat(7, -3)))
t(lambda: list(it.repeat(7, 0)))
t(lambda: take(4, it.repeat("x")))
t(lambda: list(it.repeat(1, times=2)))
r = it.repeat("x", 3)
next(r)
t(lambda: repr(r))
t(lambda: repr(it.repeat([1])))
t(lambda: it.repeat())
t(lambda: it.repeat(1, 2, 3))
t(lambda: it.repeat(1, 2.0))
t(lambda: list(zip(it.count(), "abc", it.repeat(0))))
