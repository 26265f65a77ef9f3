# Three-argument pow: modular exponentiation, negative exponent (modular inverse), errors.
print(pow(2, 10, 1000), pow(3, 200, 13), pow(7, 0, 5), pow(7, 0, 1))
print(pow(2, 10 ** 18, 10 ** 9 + 7), pow(123456789, 987654321, 10 ** 10))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5), pow(5, 3, -7))
print(pow(3, -1, 7), pow(3, -2, 7), pow(10, -1, 17), pow(-3, -1, 7))
print(pow(2 ** 100 + 1, -1, 2 ** 61 - 1))
print(pow(38, -1, 97) * 38 % 97)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 5, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 5.0, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(2, 5), pow(2, -2), pow(-8, 2), pow(0, 0), pow(2.0, 3))
print(pow(base=2, exp=5, mod=7), pow(2, exp=8))
print(pow(True, 5, 3), pow(2, True, 3))
print(pow(12345, 6789, 1) == 0, pow(0, 5, 3), pow(0, 0, 3))
