# True division of ints always gives a correctly rounded float.
print(1 / 2, 7 / 7, -7 / 2, 10 / 4, 1 / 3, 2 / 3, -1 / 3)
print(type(4 / 2).__name__, 4 / 2, 0 / 5, -0 / 5, 0 / -5)
print(10 ** 20 / 10 ** 10, 10 ** 30 / 3, 2 ** 100 / 2 ** 99)
print((10 ** 400 + 1) / 10 ** 399, 10 ** 300 / 10 ** 310)
print(1 / 10 ** 300, 1 / 2 ** 1074, 1 / 2 ** 1075, 3 / 2 ** 1076)
print(123456789123456789123456789 / 987654321987654321)
print((2 ** 53 + 1) / 1, (2 ** 53 + 3) / 1, (2 ** 54 + 2) / 2)
print(-(10 ** 50) / 7, 22 / 7, 355 / 113)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(0 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(True / 2, 5 / True, 1 / 2.0, 1.0 / 2)
