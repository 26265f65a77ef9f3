# Set operators: | & - ^ and their method forms, with other iterables for methods only.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7, 8], (9,)), a.intersection(range(3)), a.difference([1], [2]), a.union())
print(a.intersection(b, {4, 5}), a.symmetric_difference([1, 9]))
print(a, b)
try:
    a | [5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a & 'abc'
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)
print(set() | set(), set() & {1}, {1} - set(), {1} ^ {1})
print(sorted({'b', 'a'} | {'c'}), sorted({'x', 'y'} & {'y', 'z'}))
print({1, 2} | frozenset({3}), frozenset({3}) | {1, 2}, type({1} | frozenset()).__name__)
print(type(frozenset() | {1}).__name__)
