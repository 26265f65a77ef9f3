# Program: gcd/lcm, extended Euclid, modular inverse, fraction reduction without imports.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return abs(a * b) // gcd(a, b) if a and b else 0
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
print([gcd(a, b) for a, b in [(12, 18), (17, 5), (0, 9), (-12, 18), (2 ** 64, 2 ** 40 * 3)]])
print([lcm(a, b) for a, b in [(4, 6), (21, 6), (0, 5), (7, 13)]])
lcm_all = 1
for k in range(1, 21):
    lcm_all = lcm(lcm_all, k)
print(lcm_all)
for a, b in [(240, 46), (17, 3120), (10 ** 20 + 1, 10 ** 10 + 7)]:
    g, x, y = egcd(a, b)
    print(g, x, y, a * x + b * y == g)
def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError('no inverse')
    return x % m
print(modinv(3, 11), modinv(17, 3120), modinv(10, 17) == pow(10, -1, 17))
try:
    modinv(4, 8)
except ValueError as e:
    print(type(e).__name__, e)
def reduce(n, d):
    g = gcd(n, d)
    n, d = n // g, d // g
    if d < 0:
        n, d = -n, -d
    return f'{n}/{d}'
print(reduce(6, 8), reduce(-10, -4), reduce(3, -9), reduce(0, 5), reduce(2 ** 70, 6 ** 30))
