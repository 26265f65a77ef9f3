# Where general formats switch between fixed and exponent notation, at several precisions.
for exp in range(-7, 18, 2):
    v = 1.2345 * 10.0 ** exp
    print(f'{exp:3} {v!r:24} {v:g} {v:.3g} {v:.10g} {v:.3} {v}')
for v in [0.0001, 0.00009999, 999999.0, 9999995.0, 999999.5, 1e16 - 2, 123456789012345678.0]:
    print(repr(v), f'{v:g} {v:.6} {v:e}')
