# Operator precedence and associativity: arithmetic, power, unary, bitwise, comparison, boolean.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, (2 * 3) ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -2, not 1 + 1, ~1 + 1, -~5, ~-5)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 100 / (10 / 5), 2 ** 2 ** 0)
print(7 // 2 * 2, 7 % 3 * 2, 7 * 3 % 4, -7 // 2, -(7 // 2), 10 - 2 * 3 // 4 % 5)
print(1 + 2 << 3, 1 + (2 << 3), 1 << 2 + 3, 6 & 3 | 8, 6 & (3 | 8), 6 ^ 3 & 5, (6 ^ 3) & 5)
print(1 | 2 ^ 3 & 4, 5 & 3 == 1, (5 & 3) == 1, 1 < 2 == True, (1 < 2) == True)
print(not 0 and 1, not (0 and 1), 0 or 1 and 2, (0 or 1) and 2, 1 and not 0 or 0)
print(3 > 2 and 2 > 1, 1 if 0 else 2 if 0 else 3, 'a' + 'b' * 2, ('a' + 'b') * 2)
print(-3 % 5, -(3 % 5), +-+-1, - - - 1, 2 * -3, 2 ** -~1)
x = 5
print(x > 3 and x < 10 or x == 0, x in [5] and x not in [6], x is not None and x + 1)
print([1, 2] + [3] * 2, 'ab' in 'xabx' == True, ('ab' in 'xabx') == True)
print(True + True * 2, (True + True) * 2, 2 + True ** 3, -True ** 2)
