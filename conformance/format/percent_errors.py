# %-format errors: argument count mismatches, unsupported characters, incomplete specs.
cases = [('%s %s', ('a',)), ('%s', ('a', 'b')), ('%d', ()), ('x', 'y'), ('%s', ()),
         ('%z', (1,)), ('%', ()), ('abc %', (1,)), ('%5', (1,)), ('%(a)s %(b)s', {'a': 1}),
         ('%s', [1, 2]), ('%d %d', (1,)), ('%.f', (1.5,)), ('%ld', (5,)), ('%y %s', ('a', 'b')),
         ('%s %', ('a',)), ('no fields', (1,)), ('no fields', [1])]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
