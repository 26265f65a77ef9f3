# Alternate form '#': prefixes for b/o/x/X, trailing point for floats with .0, g keeps zeros.
for n in [0, 1, 255, -255, 2 ** 40]:
    print(f'{n:#b} {n:#o} {n:#x} {n:#X} {n:#010x} {n:#_x} {n:#,d}')
print(f'{3.0:#.0f} {3.0:.0f} {3.0:#.0e} {3.0:#g} {3.0:g} {0.5:#.3g} {100.0:#.2g}')
print(f'{1e10:#g} {1.5:#} {12:#} {2.0:#.0%}')
print(f'[{255:#>12x}] [{255:#<12x}] [{255:#^12x}] [{-255:#=12x}] [{-255:#012x}]')
try:
    format('s', '#')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(5, '#c')
except ValueError as e:
    print(type(e).__name__, e)
