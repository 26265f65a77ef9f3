# itertools: groupby with and without key, lazy groups sharing the parent iterator.
import itertools as it


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: [(k, list(g)) for k, g in it.groupby("AAAABBBCCDAABBB")])
t(lambda: [k for k, g in it.groupby("AAAABBBCCD")])
t(lambda: [(k, list(g)) for k, g in it.groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
t(lambda: [(k, "".join(g)) for k, g in it.groupby(["ab", "ac", "b", "bc", "a"], lambda w: w[0])])
t(lambda: list(it.groupby([])))
t(lambda: [(k, list(g)) for k, g in it.groupby([1, 1.0, True, 2])])
gb = it.groupby("aabbc")
k1, g1 = next(gb)
k2, g2 = next(gb)
t(lambda: (k1, list(g1), k2, list(g2)))
gb = it.groupby("aabbc")
k1, g1 = next(gb)
t(lambda: next(g1))
k2, g2 = next(gb)
t(lambda: (list(g1), list(g2)))
t(lambda: [(k, len(list(g))) for k, g in gb])
groups = [g for k, g in it.groupby("xxyyz")]
t(lambda: [list(g) for g in groups])
gb = it.groupby([3, 1, 4, 1, 5, 9, 2, 6], key=lambda x: x % 2)
t(lambda: [(k, sum(g)) for k, g in gb])
t(lambda: it.groupby())
t(lambda: it.groupby([], key=None, x=1))
t(lambda: list(it.groupby(5)))
t(lambda: list(it.groupby([1, 2], key=len)))
