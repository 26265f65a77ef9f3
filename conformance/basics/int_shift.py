# Left and right shifts: small, big, negative operands, shift-count errors.
for n in [1, 5, -5, 2 ** 40, -(2 ** 40)]:
    print(n, [n << k for k in (0, 1, 31, 63, 64)], [n >> k for k in (0, 1, 2, 40, 100)])
print(1 << 0, 0 << 100, (-1) >> 1, (-1) << 1, (-2) >> 1, (-3) >> 1)
print((1 << 200) >> 199, (3 << 100) >> 99, (-3 << 100) >> 101)
print(2 ** 64 >> 1 == 2 ** 63, 7 >> 3, 8 >> 3, -7 >> 3, -8 >> 3, -9 >> 3)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -5
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 << 1.0
except TypeError as e:
    print(type(e).__name__, e)
print(5 >> 10 ** 20, -5 >> 10 ** 20, 0 << 10 ** 20)
print(True << 2, 3 << True, type(True << 1).__name__)
