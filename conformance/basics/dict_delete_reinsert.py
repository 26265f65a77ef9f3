# Ordering after many deletes and reinserts; dict stays consistent under churn.
d = {}
for i in range(20):
    d[i] = i
for i in range(0, 20, 2):
    del d[i]
print(list(d))
for i in range(0, 20, 4):
    d[i] = 'back'
print(list(d))
print(len(d), d[4], 5 in d, 6 in d)
for _ in range(3):
    k = next(iter(d))
    v = d.pop(k)
    d[k] = v
print(list(d)[:5], list(d)[-3:])
e = {'a': 1, 'b': 2, 'c': 3}
e.pop('a')
e['a'] = 1
e.pop('b')
e['b'] = 2
print(e)
f = {}
for round_ in range(50):
    f[round_ % 7] = round_
    if round_ % 3 == 0:
        del f[round_ % 7]
print(f)
g = dict.fromkeys(range(8))
for k in [3, 1, 7]:
    del g[k]
g[1] = 'one'
print(list(g))
