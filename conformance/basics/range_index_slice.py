# range indexing and slicing: results are ranges, negative indices, bounds errors.
r = range(0, 20, 3)
print(r[0], r[-1], r[2], r[-3], len(r))
print(r[1:4], r[::2], r[::-1], r[-2:], r[5:1:-1], r[100:], r[:0])
print(list(r[1:4]), list(r[::-1]), list(range(10)[::-3]))
print(range(10)[2:8:2], range(10, 0, -1)[::2], range(5)[::-1][::-1])
try:
    r[7]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r[-8]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r['a']
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(3)[::0]
except ValueError as e:
    print(type(e).__name__, e)
big = range(10 ** 25)
print(big[10 ** 24], big[-1], big[::10 ** 24], big[::7][-1], big[5::-2])
print(range(1, 100, 7).index(50), range(1, 100, 7).count(50), range(5).count(7))
try:
    range(5).index(7)
except ValueError as e:
    print(type(e).__name__, e)
