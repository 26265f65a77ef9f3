# Equal numbers are the same key: 1, 1.0 and True; the first inserted key object is kept.
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
e = {1.0: 'a'}
e[1] = 'b'
print(e)
f = {True: 0, 1: 1, 1.0: 2, 0: 3, False: 4, 0.0: 5}
print(f)
print({2 ** 53: 'big'}.get(2.0 ** 53), {-0.0: 'neg'}.get(0), {0.5: 'half'}.get(1 / 2))
s = {1, 1.0, True, 2, 2.0}
print(s, len(s))
print(1 in {1.0: 0}, 1.5 in {1: 0}, hash(1) == hash(1.0) == hash(True))
g = {10 ** 20: 'x'}
print(g.get(1e20), g.get(float(10 ** 20)))
