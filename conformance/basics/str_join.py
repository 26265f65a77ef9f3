# str.join: separators, iterables of all kinds, generators, type errors with item index.
print(', '.join(['a', 'b', 'c']), ''.join(['x', 'y']), '-'.join('abc'))
print('|'.join([]), '|'.join(['only']), ' '.join(('tuple', 'items')))
print(','.join({'k1': 1, 'k2': 2}), ':'.join(str(i) for i in range(5)))
print('\n'.join(['line1', 'line2']))
print('ab'.join(['1', '2', '3']), ''.join(reversed('hello')), '.'.join(map(str, [1, 2, 3])))
print('é'.join(['ü', 'ö']), '🙂'.join('ab'))
print(' '.join(sorted({'b', 'a', 'c'})))
print(''.join([''] * 3) == '', len('x'.join([''] * 4)))
for bad in [['a', 1], ['a', None, 'b'], [b'x'], [1.5]]:
    try:
        '-'.join(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    '-'.join(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    '-'.join('a', 'b')
except TypeError as e:
    print(type(e).__name__, e)
parts = []
for i in range(5):
    parts.append('%d^2=%d' % (i, i * i))
print('; '.join(parts))
print(', '.join(x.upper() for x in 'abc' if x != 'b'))
