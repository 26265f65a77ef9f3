# Ints formatted with float types convert to float first; huge ints overflow.
for v in [0, 7, -7, 2 ** 53 + 1, 10 ** 20, 10 ** 22 + 1]:
    print(f'{v:e} {v:.2f} {v:g} {v:%} {v:.0E} {v:,.1f}')
for spec in ['f', 'e', 'g', '%', '.1f']:
    try:
        format(10 ** 400, spec)
    except OverflowError as e:
        print(spec, type(e).__name__, e)
print(format(10 ** 400, 'd')[:5], format(10 ** 400, 'x')[:5], len(format(-(10 ** 400), ',')))
