# Big powers: 2**1000, 10**k, negative bases, huge exponents with small results, int/float mix.
print(2 ** 1000)
print(len(str(2 ** 1000)), sum(map(int, str(2 ** 1000))))
print(10 ** 50, -10 ** 50, (-10) ** 51)
print(3 ** 200)
print((-3) ** 101 < 0, (-3) ** 100 > 0)
print(7 ** 77 % 1000, 123456789 ** 5)
print(2 ** 64, 2 ** 63 - 1, -2 ** 63, 2 ** 128 - 1)
print(1 ** 10 ** 6, 0 ** 0, 0 ** 100, (-1) ** 10 ** 6, (-1) ** (10 ** 6 + 1))
print(2 ** -1, 2 ** -10, 10 ** -3, (-2) ** -3)
print(type(2 ** -1).__name__, type(2 ** 100).__name__)
print(2 ** 0.5, 4 ** 0.5, 2.0 ** 3, 8 ** (1 / 3))
print((2 ** 100) ** 2 == 2 ** 200, (2 ** 100) * (2 ** 100) == 4 ** 100)
print(2 ** 200 // 3 ** 50, 2 ** 200 % 3 ** 50)
big = 2 ** 300
print(big.bit_length(), (big - 1).bit_length(), float(2 ** 100))
try:
    float(2 ** 1100)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2 ** 1100 * 1.0
except OverflowError as e:
    print(type(e).__name__, e)
print(2 ** 1100 / 2 ** 1099, 10 ** 400 // 10 ** 399)
try:
    10 ** 400 / 3
except OverflowError as e:
    print(type(e).__name__, e)
print(2 ** 1000 > 1e300, 2 ** 1100 > 1e308, -(2 ** 1100) < -1e308)
print(2 ** 1100 == float('inf'), 2 ** 1100 < float('inf'))
