# TypeError messages for common str/number mixups in agent code.
count = 3
cases = [lambda: 'total: ' + count, lambda: count + ' items', lambda: 'x' * 2.0, lambda: '5' - 2,
         lambda: '5' / 2, lambda: -'5', lambda: 'abc'[1.0], lambda: 'a' < 1, lambda: sum(['1', '2']),
         lambda: ''.join([1, 2]), lambda: 'x'.startswith(['x']), lambda: int('5') + '5',
         lambda: 'a %d' % 'b', lambda: '{:d}'.format('7'), lambda: len(5), lambda: 'abc'.index(1)]
for i, f in enumerate(cases):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(i, type(e).__name__, e)
