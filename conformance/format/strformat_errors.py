# str.format errors: too few args, numbering switches, bad conversions, unmatched braces.
cases = ['{} {}', '{0} {}', '{} {0}', '{!x}', '{!}', '{:d}', '{', '}', '{0', 'a}b', '{0!r:>}x}',
         '{0:{1}}', '{:{}}', '{:{:{}}}', '{0[}', '{0]}']
for fmt in cases:
    try:
        print(repr(fmt), repr(fmt.format('only')))
    except (IndexError, ValueError, KeyError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
try:
    '{:d}'.format('x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    '{:s}'.format(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    '{0}'.format()
except IndexError as e:
    print(type(e).__name__, e)
try:
    '{}'.format()
except IndexError as e:
    print(type(e).__name__, e)
