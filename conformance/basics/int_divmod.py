# divmod on ints (including bigs and negatives) and floats; consistency with // and %.
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (5, 17), (10 ** 20, 7),
             (-(10 ** 20), 7), (2 ** 100, -(2 ** 50) - 1)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q == a // b and r == a % b)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(7, 0.5))
print(divmod(1, 0.3), divmod(-0.0, 1), divmod(0.0, -1))
print(divmod(True, 2), divmod(10, True))
print(type(divmod(7, 2)).__name__, type(divmod(7, 2.0)[0]).__name__)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod('a', 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1)
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(float('inf'), 1.0))
print(divmod(1e308, 1e-308)[1])
h, rem = divmod(100000, 3600)
m, s = divmod(rem, 60)
print('%d:%02d:%02d' % (h, m, s))
