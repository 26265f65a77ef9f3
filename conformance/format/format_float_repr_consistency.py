# str(x), repr(x), format(x), f'{x}', '%r' % x and '{}'.format(x) agree for floats.
vals = [0.1, 1 / 3, 1e16, 1e-7, 123456.789, -0.0, 5e-324, 1.7976931348623157e308, 2.5, 1e22, 100.0]
for v in vals:
    forms = [str(v), repr(v), format(v), f'{v}', '%r' % v, '{}'.format(v), '%s' % v]
    print(forms[0], all(f == forms[0] for f in forms))
print('%.17g' % 0.1, '%.16g' % 0.1, '%.15g' % (0.1 + 0.2), '%.17g' % (0.1 + 0.2))
print(all(float(repr(v)) == v for v in vals))
