# range with arbitrary-size bounds: indexing, in, slicing, reversed, count/index, eq/hash, iteration past int64.
r = range(-10**30, 10**30, 7)
print(r, r[0], r[-1], r[10**28], 10**29 in r, (10**29 - (-10**30)) % 7, -10**30 + 7 in r, -10**30 + 8 in r)
print(r[::10**28], r[5:-5:3], r[::-1], r[10**40:], r[-10**40:3])
print(r.index(-10**30 + 70), r.count(-10**30 + 70), r.count(5), r == range(-10**30, 10**30 + 1, 7))
print(hash(range(10**20)) == hash(range(0, 10**20)), range(10**20) == range(0, 10**20, 1), range(0) == range(10**30, 0))
print(hash(range(0)) == hash(range(10**30, 5)))
big = range(2**64)
it = iter(big)
print(next(it), next(it), it.__length_hint__())
rv = reversed(big)
print(next(rv), next(rv), rv.__length_hint__())
print(list(reversed(range(10**20, 10**20 + 5, 2))), list(range(10**20 + 5, 10**20, -2)))
print(range(10**20, 10**20 + 5).start, range(2**63).stop, len(range(10**20, 10**20 + 3)))
print(bool(range(10**20, 10**20)), bool(range(2**70)))
for i in range(2**63 - 3, 2**63 + 3):
    print(i, end=' ')
print()
try:
    range(10)[1.5:]
except TypeError as e: print(e)
try:
    range(2**64)['x']
except TypeError as e: print(e)
try:
    range(2**64)[2**64]
except IndexError as e: print(e)
try:
    range(2**64)[-2**64 - 1]
except IndexError as e: print(e)
print(range(2**64)[-2**64])
try:
    range(5).index(2**70)
except ValueError as e: print(e)
try:
    range(2**70, 2**70 + 100).index(1.5)
except ValueError as e: print(e)
print(range(2**70).index(5.0), range(2**70, 2**70 + 10).count(2.0**70), range(2**70, 2**70 + 10).index(2.0**70))
print(range(-2**63, 2**63 - 1)[-1], len(range(-2**63, 2**63 - 1)[:5]))
try: len(range(-2**63, 2**63 - 1))
except OverflowError as e: print(e)
print(range(0, -10**25, -3)[::4], list(range(0, -10, -3)[::-1]), range(5)[::-2], range(3, 2**65, 2**64)[1])
print(range(True, 5, True), range(10)[True], repr(range(2**64 - 1, -5, -2**62)))
print(range(7, 1, -2).index(3), range(10**20, 0, -10**19).index(10**19))
print(sorted({range(10**20): 1, range(0, 10**20, 1): 2}.values()))
try: range(1, 2, step=3)
except TypeError as e: print(e)
print(type(iter(range(3))).__name__)
print(max(range(5, 2**66, 2**64)))
it = iter(range(2**64, 2**65)); print(next(it), next(it), it.__length_hint__())
