# hash() of numbers, tuples, None-free immutables; unhashable builtin types.
print(hash(42), hash(-1), hash(-2), hash(0), hash(True), hash(2 ** 100), hash(-(2 ** 100)))
print(hash(1.5), hash(-0.5), hash(1e300), hash(float('inf')))
print(hash((1, 2, 3)), hash(((), ())), hash((1.5, -1)), hash((True, False)))
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1.0, 2.0)))
print(hash(range(3)) == hash(range(0, 3, 1)), hash(frozenset()) == hash(frozenset([])))
for v in [[], {}, set(), [1, 2], slice(1), (1, [2])]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
print(type(hash(5)).__name__, hash(2 ** 61 - 2), hash(-(2 ** 61 - 2)))
