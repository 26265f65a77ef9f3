# Field-name parsing in str.format: numeric strings, leading zeros, spaces, odd keys.
print('{00}{01}'.format('a', 'b'), '{0}{1}'.format(*'xy'))
for fmt, args, kwargs in [('{-1}', ('a',), {}), ('{a b}', (), {'a b': 1}), ('{ 0}', ('z',), {}),
                          ('{0 }', ('z',), {}), ('{é}', (), {'é': 'unicode key'}), ('{1a}', (), {'1a': 'x'}),
                          ('{0[0]}', ([['n']],), {}), ('{x[-1]}', (), {'x': {'-1': 'str key'}}),
                          ('{x[ 1]}', (), {'x': {' 1': 'spaced key'}}), ('{x[01]}', (), {'x': ['a', 'b']})]:
    try:
        print(repr(fmt), repr(fmt.format(*args, **kwargs)))
    except (KeyError, IndexError, ValueError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
