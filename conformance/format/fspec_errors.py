# ValueError messages for invalid format specs on int, float and str.
cases = [('s', 'd'), ('s', 'f'), (1, 's'), (1.5, 'd'), (1.5, 'x'), (1.5, 'c'), (1, 'y'),
         (1, '.2d'), (1, '+c'), (1.5, '=z'), ('s', '=10'), (1, '10.5x'), (1, ',x'),
         (1.5, ',,'), (1, '__'), (1, 'abc'), ('s', '>>10'), (1, '-+'), (1, '0.'), (1.5, '.f'),
         (1, '1000000000000000000000'), ('s', '.99999999999999999999'), ([], 'd'), (None, '>5')]
for val, spec in cases:
    try:
        print(repr(val), repr(spec), repr(format(val, spec)))
    except (ValueError, TypeError) as e:
        print(repr(val), repr(spec), type(e).__name__, e)
