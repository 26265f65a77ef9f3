# format(complex, spec): types e/f/g/n/none, precision, sign, fill/align, grouping, and the errors.
nan = float('nan')
inf = float('inf')
vals = [1 + 2j, -1.5 - 2.25j, 0j, -0j, complex(-0.0, 0.0), 3j, -3j, complex(1e20, -1e-20),
        complex(nan, -inf), complex(inf, nan), 1234567.891 + 9876543.21j, complex(0.0, -0.0)]
specs = ['', '>20', '<20', '^21', '*^25', '+', '-', ' ', '.2f', '.3e', '.4g', 'g', 'e', 'f', 'E',
         'F', 'G', 'n', ',', '_', ',.2f', '_.3f', '#', '#.0f', '.0f', '.3', '20.3', '+.2e',
         ' .2f', 'z.1f', 'z', '.0e', '#g', '.10', '30', 'x<30.1f', '€^20']
for v in vals:
    print(repr(v), ' '.join(repr(format(v, s)) for s in specs))
for s in ['010', '0<10', '=10', 'x=10', '%', 'd', 'x', 's', 'c', '10.2%', 'b', ',d', '.2s', '=',
          '0', 'ff', ',_']:
    try:
        print(repr(s), repr(format(1 + 2j, s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(f"{1+2j:>15}|{3j:^10}|{-1j!r:>8}|{(1+1j)*2:.1f}|{2j:}")
print("{:.2f} and {!s} and {:e}".format(1.234 + 5.678j, 2j, -1j))
print("%s|%r|%10s|%-10r|" % (1 + 2j, 3j, 4j, -5j))
for f in [lambda: '%f' % 1j, lambda: '%d' % 1j, lambda: '%x' % 1j]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
