# Integer presentation types b c d o x X n, and None (same as d), for various ints.
for n in [0, 1, 7, 10, 65, 255, 1000, -42, 2 ** 64, True]:
    print(f'{n:b} {n:d} {n:o} {n:x} {n:X} {n:n} {n}')
print(f'{65:c}{97:c}{0x1F642:c}{233:c}', repr(f'{10:c}'), f'[{66:>3c}]')
print(f'{42:e} {42:f} {42:g} {42:%} {42:.2E} {42:G} {42:F}')
for bad in [(-1, 'c'), (0x110000, 'c')]:
    try:
        format(*bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for spec in ['s', 'r', 'z', 'q', 'a']:
    try:
        format(5, spec)
    except ValueError as e:
        print(type(e).__name__, e)
print(format(-0, 'b'), format(-(2 ** 70), 'x'), format(2 ** 70, 'o'))
