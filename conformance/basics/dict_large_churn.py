# Many inserts, deletes and reinserts: lookups and insertion order stay correct across resizes.
d = {}
for i in range(5000):
    d[i * 7919 % 10007] = i
print(len(d), list(d)[:5], list(d)[-3:])
for k in list(d):
    if k % 3 == 0:
        del d[k]
print(len(d), all(d[k] == d.get(k) for k in d), sum(d.values()) % 100003)
for i in range(0, 10007, 5):
    d[i] = -i
print(len(d), list(d)[-5:], d.get(15), d.get(9), d.get(3))
keys = list(d)
for k in keys[:2000]:
    d.pop(k)
print(len(d), list(d)[:5])
d.clear()
for i in range(100):
    d[str(i)] = i
    if i % 2:
        del d[str(i - 1)]
print(len(d), list(d)[:6])
neg = {-1: 'minus one', -2: 'minus two', 2 ** 61 - 1: 'mersenne', 0: 'zero'}
print(neg[-1], neg[-2], neg[2 ** 61 - 1], len(neg), hash(-1) == hash(-2))
