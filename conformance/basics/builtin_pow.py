# pow builtin vs **: int/float results, negative exponents, zero cases, keyword names.
print(pow(2, 8), pow(2, -1), pow(-2, 3), pow(-2, -2), pow(0, 0), pow(0.0, 0), pow(1, 10 ** 9))
print(pow(2.5, 2), pow(4, 0.5), pow(10, 20), pow(10, 20.0), pow(-1, 0.0), pow(True, False))
print(pow(3, 4, 5), pow(base=3, exp=4, mod=5), pow(3, 4, mod=None), pow(2, exp=3))
print(type(pow(2, 2)).__name__, type(pow(2, -2)).__name__, type(pow(2.0, 2)).__name__)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow('2', 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
print([pow(i, 2) for i in range(6)], pow(2, 100) == 2 ** 100)
