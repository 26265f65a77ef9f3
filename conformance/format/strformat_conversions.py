# Conversions in str.format fields (!r !s !a) and their interaction with format specs.
vals = ['s', "it's", 'é', 3, 1.5, None, ['x'], b'y']
for v in vals:
    print('{0!s}|{0!r}|{0!a}|{0!r:>8}|{0!s:.1}'.format(v))
print('{!r}'.format('\t'), '{!a}'.format('日本'), '{!s:^7}'.format(True))
