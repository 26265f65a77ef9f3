# %s/%r/%d with values of many types; %d accepts floats and bools; %s uses str().
vals = [1, -2.5, True, None, 'é', b'b', [1], (2,), {3: 4}, {5}, range(2), 10 ** 20, float('inf')]
for v in vals:
    print('%s | %r | %a' % (v, v, v))
for v in [1, -2.5, True, 10 ** 20, 3.999]:
    print('%d %i %5.1f %x' % (v, v, v, int(v)))
