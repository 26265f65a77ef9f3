# Set manipulation: unions, intersections, symmetric difference, subsets, frozensets as keys
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([10]), a.intersection(range(3, 10)), a.difference({1}), a.symmetric_difference({1, 99}))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {5}, a.isdisjoint({8, 9}), a.issubset(range(10)))
s = set()
for word in "the cat and the hat and the bat".split():
    s.add(word)
print(sorted(s), len(s))
s.discard("zzz")
s.remove("cat")
try:
    s.remove("cat")
except KeyError as e:
    print("KeyError", e)
print(sorted(s))
c = set(range(10))
c -= {0, 1}
c &= set(range(0, 20, 2))
c |= {100}
c ^= {4, 200}
print(sorted(c))
fs = frozenset("abc")
groups = {fs: "letters", frozenset([1, 2]): "numbers"}
print(groups[frozenset("cba")], frozenset([2, 1]) in groups, len(groups))
print(sorted({x % 7 for x in range(50)}), {x for x in "hello" if x not in "lo"} == {"h", "e"})
users_a = {"ann", "bob", "cid", "dee"}
users_b = {"bob", "dee", "eve"}
print("both:", sorted(users_a & users_b), "only a:", sorted(users_a - users_b), "either:", len(users_a | users_b))
print(set() == set(), set() == frozenset(), {1, 2} == frozenset({2, 1}), repr(set()), repr(frozenset()))
print(sorted(set([3, 1, 2, 3, 1])), {True, 1, 1.0}, {0, False, 0.0, ""} == {0, ""})
x = {5, 3, 8}
print(x.pop() in {3, 5, 8}, len(x))
print(sorted(frozenset({1, 2}) | {3}), type(frozenset({1}) | {3}).__name__, type({3} | frozenset({1})).__name__)
