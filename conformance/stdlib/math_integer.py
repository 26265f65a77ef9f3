# math: exact integer functions factorial, isqrt, gcd, lcm, comb, perm (small and big ints).
import math


def t(f, *args):
    try:
        print(f.__name__, args, f(*args))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)


for n in [0, 1, 2, 5, 20, 21, 30, 70, True]:
    t(math.factorial, n)
print(math.factorial(1000) % 1000000007, math.factorial(2000).bit_length())
for n in [-1, 2.0, "5", 2**70]:
    t(math.factorial, n)
for n in [0, 1, 2, 3, 8, 9, 24, 25, 10**6, 2**63 - 1, 2**64 - 1, 2**64, 10**40, 3**200, True]:
    t(math.isqrt, n)
    if n > 2:
        t(math.isqrt, n * n - 1)
t(math.isqrt, -1)
t(math.isqrt, 4.0)
for a, b in [(12, 18), (0, 0), (0, 5), (-12, 18), (2**70, 2**65), (3**50, 3**40 * 2), (7, 13)]:
    t(math.gcd, a, b)
    t(math.lcm, a, b)
t(math.gcd)
t(math.lcm)
t(math.gcd, -7)
t(math.lcm, -7)
t(math.gcd, 12, 18, 27)
t(math.lcm, 4, 6, 10, 15)
t(math.gcd, 1, 2.5)
t(math.lcm, 0, "a")
for n, k in [(5, 2), (10, 0), (10, 10), (10, 11), (50, 25), (100, 3), (10**20, 3), (1000, 500)]:
    t(math.comb, n, k)
    t(math.perm, n, k)
print(math.comb(3000, 1500) % 998244353)
t(math.perm, 6)
t(math.perm, 6, None)
t(math.comb, -1, 2)
t(math.comb, 5, -2)
t(math.perm, 5.0, 2)
t(math.comb, 2**65, 2**64)
t(math.perm, 2**65, 2**64)
