# str.format with automatic and explicit positional fields, reuse, and more args than fields.
print('{} {} {}'.format(1, 'two', 3.0))
print('{0} {1} {0}'.format('a', 'b'), '{1}{0}'.format('x', 'y'), '{2}{1}{0}'.format(*'abc'))
print('{}'.format(None), '{}{}'.format([1], (2,)), '{0}{0}{0}'.format('ha'))
print('unused args ok: {}'.format(1, 2, 3), '{0}'.format('only', 'first'))
print('{:>5}|{:<5}|{:^5}|'.format('a', 'b', 'c'), '{0:>{1}}'.format('w', 4))
print('no fields'.format(), ''.format(1), '{}'.format(''), repr('{}'.format('')))
print('{0}-{0!r}-{0!s}-{0!a}'.format('é'))
print('{:,} {:.2%} {:#x} {:e}'.format(1234567, 0.256, 255, 12345.6789))
args = ['x', 'y']
print('{0}{1}'.format(*args), '{}'.format(*args))
print('{:d}'.format(True), '{:s}'.format('str'), '{!r:>6}'.format('q'))
