# Sets of ints: creation, dedupe, membership, len, add/discard, iteration order of small ints.
s = {3, 1, 2, 3, 1}
print(s, len(s), 1 in s, 5 in s, 5 not in s)
s.add(10)
s.add(1)
print(s)
s.discard(10)
s.discard(99)
print(s)
print(set(), set([1, 2, 2]), set(range(5)), set((4, 4, 5)), set({1: 'a', 2: 'b'}))
print(sorted(set('hello')), len(set('hello')))
e = set()
print(e, type(e).__name__, bool(e), type({}).__name__)
print({-1, -2, 0}, {100, 5, 33, 1}, {2 ** 40, 1})
big = set(range(0, 100, 9))
print(big)
print(set([1.0, 1, True]), {0, False, 0.0})
for x in {5, 3, 8}:
    print(x, end=' ')
print()
print(sum({1, 2, 3}), max({4, 9, 2}), sorted({3, 1, 2}, reverse=True))
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.add({})
except TypeError as e:
    print(type(e).__name__, e)
print({(1, 2), (1, 2)}, {None}, {frozenset({1})})
