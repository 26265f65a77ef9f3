# functools: reduce with and without an initial value, generators, and its error messages.
import functools


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def gen(n):
    for i in range(n):
        yield [i]


t(lambda: functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]))
t(lambda: functools.reduce(lambda a, b: a + b, [1, 2, 3], 10))
t(lambda: functools.reduce(lambda a, b: a + b, [], 10))
t(lambda: functools.reduce(lambda a, b: a + b, [5]))
t(lambda: functools.reduce(lambda a, b: a + b, gen(5)))
t(lambda: functools.reduce(lambda a, b: a + b, gen(5), ["start"]))
t(lambda: functools.reduce(max, (x * 7 % 11 for x in range(20))))
t(lambda: functools.reduce(lambda a, b: a * 10 + b, range(1, 8)))
t(lambda: functools.reduce(lambda a, b: a + [b], "abc", []))
t(lambda: functools.reduce(pow, [2, 3, 2]))
t(lambda: functools.reduce(lambda a, b: a + b, []))
t(lambda: functools.reduce(lambda a, b: a + b, 5))
t(lambda: functools.reduce(lambda a, b: a + b))
t(lambda: functools.reduce())
t(lambda: functools.reduce(1, [1, 2]))
t(lambda: functools.reduce(1, [1]))
t(lambda: functools.reduce(lambda a, b: a / b, [1, 0]))
t(lambda: functools.reduce(function=max, iterable=[1]))
t(lambda: functools.reduce(max, [1], 2, 3))
