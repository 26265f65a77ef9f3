# Big-int multiplication and division at sizes that exercise multi-limb algorithms.
a = 3 ** 2000
b = 7 ** 1500
p = a * b
print(p.bit_length(), p % (10 ** 9 + 7), p // a == b, p % a)
sq = (10 ** 1000 + 7) ** 2
print(sq % 10 ** 12, sq // 10 ** 1990, sq.bit_length())
x = 2 ** 4000 - 1
y = 2 ** 3000 + 1
q, r = divmod(x, y)
print(q.bit_length(), r.bit_length(), q * y + r == x)
f = 1
for i in range(1, 501):
    f *= i
print(f.bit_length(), f % (2 ** 61 - 1), f // (f // 12345 + 1))
n = int('123456789' * 100)
print(n * n % 1000000007, (n * n) // n == n, len(str(n)))
print((-a) * b == -(a * b), (-a) * (-b) == a * b, a * 0, a * 1 == a)
