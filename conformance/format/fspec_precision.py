# Precision: digits after the point (f, e, %), significant digits (g, none), truncation for str.
x = 1234.56789
for p in range(0, 6):
    print(p, f'{x:.{p}f}', f'{x:.{p}e}', f'{x:.{p}g}', f'{x:.{p}}', f'{x / 10000:.{p}%}')
print(f'{"abcdef":.0}|{"abcdef":.3}|{"abcdef":.10}|{"abcdef":>8.2}|{"abcdef":*^7.3}')
print(f'{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f} {1.005:.2f}')
print(f'{1e-7:.3f} {123456789.0:.2e} {0.1:.20f} {1 / 3:.30f}')
print(f'{10 ** 20:.2e} {12345:.3e} {7:.2f} {7:.0%}')
try:
    format(5, '.2d')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(5.0, '.2n') and format('x', '.')
except ValueError as e:
    print(type(e).__name__, e)
print(f'{1.0:.100f}'[-5:], len(f'{1.0:.100f}'))
