# hash() of ints, bools, floats and tuples follows CPython's numeric hash exactly.
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 61 + 5))
print(hash(-(2 ** 61)), hash(-(2 ** 61 - 1)), hash(10 ** 30), hash(-(10 ** 30)))
print(hash(True), hash(False), hash(2 ** 64), hash(2 ** 100), hash(-(2 ** 100)))
print(hash(1.0) == hash(1), hash(0.0), hash(-0.0), hash(0.5), hash(1.5), hash(-1.0))
print(hash(1e100), hash(-2.5), hash(0.1), hash(1e-300), hash(float(2 ** 61)))
print(hash(float('inf')), hash(float('-inf')))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((None,)) == hash((None,)))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((0, -1)), hash((-1, 0)))
print(hash(frozenset({1, 2, 3})) == hash(frozenset({3, 2, 1})))
print(hash(range(0)) == hash(range(0)))
print(hash(None) == hash(None))
for unhashable in [[], {}, set(), [1], ([1],)]:
    try:
        hash(unhashable)
    except TypeError as e:
        print(type(e).__name__, e)
