# %g and %G edge cases: precision 0, trailing zeros removed, '#' keeps them, exponent switch.
for v in [0.0, 1.0, 0.5, 100000.0, 1000000.0, 0.0001, 0.00001, 123.456, 1e100, -1.5e-10]:
    print('%g|%.0g|%.1g|%.3g|%#.3g|%G|%10.2g|%-10.4G|' % ((v,) * 8))
print('%g %g %g' % (1e16, 12345678, 0.1 + 0.2), '%.17g' % (1 / 3), '%.20g' % 0.1)
