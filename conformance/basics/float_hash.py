# hash of floats equals hash of equal ints; specific CPython values (no nan: id-based).
vals = [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, 0.25, -0.5, 1.5, 1e10, 1e20, 1e100, 1e308, 1e-10,
        3.141592653589793, 2.0 ** 61, 2.0 ** 62, -2.0 ** 61, float('inf'), float('-inf')]
for v in vals:
    print(repr(v), hash(v))
print(hash(1.0) == hash(1) == hash(True), hash(1e20) == hash(10 ** 20), hash(-1.0) == hash(-1))
print(hash(2.5) == hash(2.5), {1.0: 'a', 1: 'b'})
d = {}
d[0.0] = 'zero'
d[-0.0] = 'neg zero'
d[0] = 'int zero'
print(d)
print({0.5, 1.5, 2.5, 0.25})
