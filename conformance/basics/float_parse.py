# float(): strings with whitespace, signs, exponents, underscores, specials and errors.
for s in ['1', '-1.5', '+.5', '5.', '  3.25  ', '\n\t2e3', '1e500', '-1e500', '1e-500',
          '1_000.000_1', '10', 'inf', '-inf', 'Infinity', 'nan',
          '-NaN', '1E5', '1.e5', '.1e-2', '00012.5', '1234567890123456789012345',
          '0.1', '4.35', '2.675', '1e16', '9007199254740993', '２.５', '  -0  ']:
    print(repr(s), float(s))
for s in ['', ' ', 'abc', '1.2.3', '1e', 'e5', '--1', '1 2', 'infinit', 'nan1',
          '1_', '0x1p3', '1,5', '. 5', 'in f', '+']:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
print(float(5), float(True), float(-0), float(2 ** 63), float(), float(1.5))
print(float(b'1.5'), float(b' -2 '))
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1.0])
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
