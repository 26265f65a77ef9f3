# float.is_integer on many values.
for v in [0.0, -0.0, 1.0, 1.5, -2.0, 1e100, 1e-100, 2.0 ** 53, 2.0 ** 53 + 1, 0.1 * 10, 0.1 * 3,
          float('inf'), float('-inf'), float('nan'), 123456789.0, 1e16 + 1, 5e-324]:
    print(repr(v), v.is_integer())
print((7 / 7).is_integer(), (7 / 2).is_integer(), float(10 ** 20).is_integer())
try:
    (5).is_integer()
except AttributeError as e:
    print(type(e).__name__, e)
