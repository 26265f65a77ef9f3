# itertools: islice (start/stop/step rules and errors) and zip_longest (fillvalue).
import itertools as it


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "ABCDEFG"
t(lambda: list(it.islice(s, 2)))
t(lambda: list(it.islice(s, 2, 4)))
t(lambda: list(it.islice(s, 2, None)))
t(lambda: list(it.islice(s, 0, None, 2)))
t(lambda: list(it.islice(s, None)))
t(lambda: list(it.islice(s, None, None, None)))
t(lambda: list(it.islice(s, 1, 100, 3)))
t(lambda: list(it.islice(range(10), 3, 2)))
t(lambda: list(it.islice(it.count(), 5, 20, 5)))
t(lambda: list(it.islice(s, True)))
g = iter(range(10))
t(lambda: list(it.islice(g, 2, 4)))
t(lambda: list(g))
for args in [(-1,), (1, -1), (1, 2, 0), ("a",), (-2,), (-5, 3), ("x", 3), (1, 2, "s"), (2**70,),
             (1, 2**70), (2**70, 3), (1, 2, -1), (1.5,)]:
    t(lambda: it.islice([], *args))
t(lambda: it.islice([]))
t(lambda: it.islice([], 1, 2, 3, 4))
t(lambda: it.islice([], stop=3))
t(lambda: it.islice(5, 3))
t(lambda: list(it.zip_longest("ABCD", "xy", fillvalue="-")))
t(lambda: list(it.zip_longest("AB", "xyz", [1])))
t(lambda: list(it.zip_longest("AB")))
t(lambda: list(it.zip_longest()))
t(lambda: list(it.zip_longest([], [])))
t(lambda: list(it.zip_longest(range(3), it.repeat("r", 1), fillvalue=0)))
t(lambda: it.zip_longest([], foo=1))
t(lambda: it.zip_longest([], fillvalue=1, foo=2))
t(lambda: it.zip_longest(1))
