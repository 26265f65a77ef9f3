# Set comparisons: subset/superset operators and methods, disjoint, equality with frozenset.
a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, b < a, a == {2, 1}, a != b)
print(a.issubset(b), b.issuperset(a), a.issubset([1, 2]), a.isdisjoint({3}), a.isdisjoint(b))
print({1} == frozenset({1}), set() == frozenset(), {1} < frozenset({1, 2}))
print({1, 2} < {3, 4}, {1, 2} > {3, 4}, {1, 2} == {3, 4})
print(sorted([{3}, {1, 2}, {1}], key=len), max([{1}, {1, 2}], key=len))
try:
    a < [1, 2, 3]
except TypeError as e:
    print(type(e).__name__, e)
print(a == [1, 2], set() < {0}, set() <= set())
