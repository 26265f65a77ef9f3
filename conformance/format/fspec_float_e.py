# Exponent format e/E: default precision 6, exponent at least two digits, signs and specials.
for v in [0.0, -0.0, 1.0, 12345.678, 0.000123, 1e100, 1e-100, 5e-324, 1.7976931348623157e308,
          -2.5, float('inf'), float('-inf'), float('nan'), 123]:
    print(f'{v:e} {v:E} {v:.2e} {v:.0e} {v:#.0e} {v:12.3e}')
print(f'{9.9999995:.6e} {9.99999949:.6e} {0.5:.0e} {1.5:.0e} {2.5:.0e}')
print(f'{1e22:e} {1e23:e} {2 ** 100:e}')
