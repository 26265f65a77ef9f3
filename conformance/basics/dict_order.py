# Dicts keep insertion order; updating a value keeps position; delete+reinsert moves to end.
d = {}
for k in ['zeta', 'alpha', 'mid', 'beta']:
    d[k] = len(k)
print(d, list(d), list(d.values()))
d['alpha'] = 'updated'
print(list(d))
del d['zeta']
d['zeta'] = 'back'
print(d)
d.pop('mid')
d['mid'] = 0
print(list(d.items()))
e = {3: 'c', 1: 'a', 2: 'b'}
print(e, sorted(e), list(e))
f = dict.fromkeys('hello')
print(list(f))
g = {'b': 1, 'a': 2}
g.update({'c': 3, 'b': 4})
print(g)
h = {k: None for k in [5, 3, 9, 1]}
print(list(h), list(reversed(h)))
big = {}
for i in range(100, 0, -7):
    big[i] = i
for i in range(100, 0, -14):
    del big[i]
print(list(big))
print({1: 'x', 1.0: 'y', True: 'z'})
