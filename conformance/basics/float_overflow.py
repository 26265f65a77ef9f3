# OverflowError from float operations: power, int->float, conversions; inf from multiplication.
cases = [('10.0 ** 400', lambda: 10.0 ** 400), ('2.0 ** 1024', lambda: 2.0 ** 1024),
         ('(-10.0) ** 401', lambda: (-10.0) ** 401), ('pow(1e200, 2)', lambda: pow(1e200, 2)),
         ('10 ** 400 * 1.0', lambda: 10 ** 400 * 1.0), ('float(10 ** 400)', lambda: float(10 ** 400)),
         ('1e308 * 10', lambda: 1e308 * 10), ('1e308 + 1e308', lambda: 1e308 + 1e308),
         ('10.0 ** -400', lambda: 10.0 ** -400), ('2.0 ** 1023', lambda: 2.0 ** 1023),
         ('10 ** 400 / 10', lambda: 10 ** 400 / 10), ('1.5 ** 5000', lambda: 1.5 ** 5000),
         ('10 ** 308 + 0.5', lambda: 10 ** 308 + 0.5), ('10 ** 309 - 0.5', lambda: 10 ** 309 - 0.5),
         ('round(1e308, -400)', lambda: round(1e308, -400)), ('2 ** 1023 * 2.0', lambda: 2 ** 1023 * 2.0),
         ('int(1e308)', lambda: int(1e308) % 1000)]
for text, f in cases:
    try:
        print(text, '=', f())
    except OverflowError as e:
        print(text, '->', type(e).__name__, e)
print(float('1e500'), -float('1e500'), float('1e500') - float('1e500'))
