# Floor division and modulo with negative operands: floor semantics, sign of result.
for a in [7, -7, 0, 1, -1, 13]:
    for b in [2, -2, 3, -3, 7]:
        print(a, b, a // b, a % b, (a // b) * b + a % b == a)
print(-1 // 10, -1 % 10, 1 // -10, 1 % -10)
print(-10 // 10, -10 % 10, 10 // -10, 10 % -10)
big = 10 ** 30 + 7
print(big // 3, big % 3, -big // 3, -big % 3, big // -3, big % -3)
print(-(10 ** 30) // 7, -(10 ** 30) % 7)
print((-2 ** 70) // (2 ** 35 + 1), (-2 ** 70) % (2 ** 35 + 1))
print(7 // 7, -7 // 7, 0 // -5, 0 % -5)
print(5 % 1, -5 % 1, 2 ** 64 % 2 ** 32, -(2 ** 64) % (2 ** 32 - 1))
for mod in [0, -0]:
    try:
        print(5 // mod)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        print(5 % mod)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(True // 1, False % 3)
print(-9223372036854775808 // -1, -9223372036854775808 % -1)
print((-2 ** 63) // 1, 2 ** 63 // -1)
