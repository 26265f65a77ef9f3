# NaN identity: one float('nan') object is identical to itself, separately created NaNs are not.
nan = float('nan')
print(nan in [nan], float('nan') in [float('nan')], nan is nan, float('nan') is float('nan'))
a = float('nan'); b = a
print(a is b, [a] == [b], [a] == [float('nan')], (a,) == (a,), {a: 1} == {a: 1}, {a: 1} == {float('nan'): 1})
print(repr(a), str(a), format(a, '.2f'), f'{a:>6}', '%f' % a, float('-nan'), repr(float('-NaN')), abs(float('-nan')))
d = {a: 1}
print(float(b'nan') is float(b'nan'), float(' nan ') == float('nan'), a.hex(), round(a), ) if False else None
try:
    round(a)
except ValueError as e: print(e)
try:
    int(a)
except ValueError as e: print(e)
print(a.is_integer(), max(a, 1.0), min(1.0, a), sorted([3.0, a, 1.0]) [1:] and 'ok', a.__repr__(), format(float('-nan'), '+'), '{:+.3e}'.format(float('-nan')))
x = [float('nan')] * 3
print(x.count(x[0]), x.index(x[0]), x[0] in x, float('nan') in x)
print(a != a, str(float('-nan')), hash(a) == hash(b), len({float('nan'), float('nan'), a, a}))
x = float('nan'); print([x, 1.0].count(x), (x, 2) in [(x, 2)], {x: 3}.get(x), x in {x}, float('nan') in {x})
