# float.as_integer_ratio gives the exact fraction; errors for inf and nan.
for v in [0.0, -0.0, 1.0, 0.5, -0.25, 0.1, 1.5, 3.75, 1e10, 1e-10, 2.0 ** 60, 1e300, 5e-324,
          1 / 3, 0.2 + 0.1]:
    n, d = v.as_integer_ratio()
    print(repr(v), n, d, n / d == v)
for v in [float('inf'), float('-inf'), float('nan')]:
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((0.1).as_integer_ratio()[1] == 2 ** 55, type((1.5).as_integer_ratio()).__name__)
print((2.5).real, (2.5).imag, (2.5).conjugate(), (-0.0).real)
