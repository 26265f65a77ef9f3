# Program: big-integer computations: digits of e and pi by integer arithmetic, digit sums.
def e_digits(n):
    scale = 10 ** (n + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)
print(e_digits(60))
def arctan_inv(x, scale):
    total = term = scale // x
    x2, n, sign = x * x, 3, -1
    while term:
        term //= x2
        total += sign * (term // n)
        sign, n = -sign, n + 2
    return total
def pi_digits(n):
    scale = 10 ** (n + 10)
    pi = 4 * (4 * arctan_inv(5, scale) - arctan_inv(239, scale))
    return str(pi // 10 ** 10)
print(pi_digits(80))
print(sum(int(d) for d in str(2 ** 1000)), sum(int(d) for d in str(3 ** 500)))
f = 1
for i in range(1, 301):
    f *= i
print(len(str(f)), str(f).rstrip('0')[-10:], len(str(f)) - len(str(f).rstrip('0')))
print(int('9' * 200) + 1 == 10 ** 200, (10 ** 100 + 1) * (10 ** 100 - 1) == 10 ** 200 - 1)
