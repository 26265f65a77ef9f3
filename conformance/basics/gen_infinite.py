# Infinite generators consumed partially: naturals, fibonacci, cycling, take-while.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(5, naturals()))
print(take(3, naturals(10)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(20, fib()))
f = fib()
for _ in range(100):
    v = next(f)
print(v)
def cycle(seq):
    while True:
        for x in seq:
            yield x
print(take(7, cycle('abc')))
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(take(15, primes()))
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(27))[:10], len(list(collatz(27))))
nat = naturals()
evens = (x for x in nat if x % 2 == 0)
squares = (x * x for x in evens)
print(take(5, squares))
print(next(nat))
def powers(b):
    p = 1
    while True:
        yield p
        p *= b
for i, p in enumerate(powers(2)):
    if p > 10 ** 20:
        print('first power of 2 above 1e20 is 2**%d' % i)
        break
