# Float arithmetic: mixed int/float, precision effects, unary ops, power rules.
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-15)
print(1.5 + 2, 2 - 0.5, 3 * 1.5, 7 / 2.0, 7 // 2.0, 7 % 2.5, -7 // 2.0, -7 % 2.5)
print(2.0 ** 10, 2 ** 0.5, 10.0 ** -2, (-2.0) ** 3, (-2.0) ** 2, 0.0 ** 0, 0.0 ** 1)
print(-1.5, +1.5, -(-1.5), abs(-1.5), abs(1.5))
print(1e16 + 1 - 1e16, 1e16 + 2 - 1e16, (1e16 + 1) == 1e16)
print(1 / 3 * 3, 1 / 10 + 1 / 10 + 1 / 10, 100 * 1.1, 3.3 * 3)
print(0.1 * 3, 0.3 / 0.1, 0.3 // 0.1, 0.3 % 0.1)
print(5.5 // 1, -5.5 // 1, 5.5 % 1, -5.5 % 1, 1e20 % 3, -1e20 % 3)
print(2.5 * 4 == 10, type(2.5 * 4).__name__, 10 / 5 == 2, int(10 / 5))
print(1e308 * 10, -1e308 * 10, 1e-308 / 1e10, 1e-320 * 1e-10)
print(sum([1e100, 1.0, -1e100]), sum([0.1] * 3), 1e100 + 1.0 - 1e100)
print(3.0 == 3, 3.0 != 3.5, 3.0 > 2.9999999999999996, 2.9999999999999999 == 3.0)
x = 1.0
for _ in range(10):
    x = x / 3 * 3
print(x)
print(7.0 / -2, -7.0 / 2, 7.0 // -2, 7.0 % -2, -0.0 % 5, 0.0 % -5)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.5 + '1'
except TypeError as e:
    print(type(e).__name__, e)
