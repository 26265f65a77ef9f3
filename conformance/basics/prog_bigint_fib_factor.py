# Program: big Fibonacci numbers, Pisano periods, and trial factorisation of moderately big ints.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
f1000 = fib(1000)
print(len(str(f1000)), str(f1000)[:15], f1000 % 1000000007)
def pisano(m):
    a, b = 0, 1
    for i in range(1, m * m + 1):
        a, b = b, (a + b) % m
        if a == 0 and b == 1:
            return i
print([pisano(m) for m in range(2, 16)])
def factor(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        out.append(n)
    return out
for n in [fib(60), fib(70), 2 ** 64 + 1, 10 ** 12 + 39, 3 ** 20 - 1]:
    print(n, factor(n))
