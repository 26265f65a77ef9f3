# Large int sets: adds and removes across resizes; results printed sorted or summarised.
s = set()
for i in range(10000):
    s.add(i * 31 % 10007)
print(len(s), min(s), max(s), sum(s))
for i in range(0, 10007, 2):
    s.discard(i)
print(len(s), sorted(s)[:5], sorted(s)[-5:])
t = set(range(0, 10007, 3))
print(len(s & t), len(s | t), len(s - t), len(s ^ t))
small = set()
for x in [48, 16, 32, 0, 64, 80]:
    small.add(x)
print(small)
small.discard(32)
small.add(96)
print(small, sorted(small))
big_keys = {2 ** 64 + i for i in range(5)}
print(sorted(k - 2 ** 64 for k in big_keys))
