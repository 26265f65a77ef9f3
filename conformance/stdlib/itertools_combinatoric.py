# itertools: product (repeat=), permutations, combinations, combinations_with_replacement.
import itertools as it


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: list(it.product("AB", "xy")))
t(lambda: list(it.product(range(2), repeat=3)))
t(lambda: list(it.product()))
t(lambda: list(it.product([], [1])))
t(lambda: list(it.product("ab", repeat=0)))
t(lambda: list(it.product("ab", [1], repeat=2)))
t(lambda: it.product([], repeat=-1))
t(lambda: it.product([], foo=2))
t(lambda: it.product([], repeat="a"))
t(lambda: it.product(1))
t(lambda: list(it.permutations("ABC")))
t(lambda: list(it.permutations("ABCD", 2)))
t(lambda: list(it.permutations(range(3), 0)))
t(lambda: list(it.permutations(range(3), 4)))
t(lambda: list(it.permutations([])))
t(lambda: list(it.permutations("ab", r=None)))
t(lambda: it.permutations([], -1))
t(lambda: it.permutations([], "a"))
t(lambda: it.permutations())
t(lambda: list(it.combinations("ABCD", 2)))
t(lambda: list(it.combinations(range(4), 3)))
t(lambda: list(it.combinations(range(4), 0)))
t(lambda: list(it.combinations(range(4), 5)))
t(lambda: list(it.combinations([], 0)))
t(lambda: it.combinations([], -1))
t(lambda: it.combinations([], "a"))
t(lambda: it.combinations([]))
t(lambda: list(it.combinations_with_replacement("ABC", 2)))
t(lambda: list(it.combinations_with_replacement([], 2)))
t(lambda: list(it.combinations_with_replacement([], 0)))
t(lambda: list(it.combinations_with_replacement("ab", 0)))
t(lambda: list(it.combinations_with_replacement("ab", 3)))
t(lambda: it.combinations_with_replacement("ab", -2))
t(lambda: len(list(it.permutations(range(6)))))
t(lambda: sum(1 for _ in it.combinations(range(20), 4)))
t(lambda: sum(1 for _ in it.product(range(5), repeat=4)))
t(lambda: list(it.permutations(range(4)))[::5])
t(lambda: sum(sum(c) for c in it.combinations_with_replacement(range(6), 3)))
