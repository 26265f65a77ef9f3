# The 'n' presentation type in the default C locale behaves like 'd' for ints and 'g' for floats.
for v in [0, 1234567, -42, 2 ** 70]:
    print(f'{v:n} {v:10n}| {v:<10n}| {v:+n}')
for v in [1234.5678, 0.00001234, 1e20, -2.5, 100.0]:
    print(f'{v:n} {v:.3n} {v:12n}|')
print(format(True, 'n'), format(1.0, 'n'))
