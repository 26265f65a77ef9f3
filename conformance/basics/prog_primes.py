# Program: sieve of Eratosthenes, prime factorisation, twin primes, Goldbach check.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_prime) if p]
primes = sieve(200)
print(primes)
print(len(sieve(10000)), sieve(10000)[-5:])
def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors
for n in [2, 12, 360, 97, 1001, 2 ** 10 * 3 ** 5, 600851475143]:
    f = factorize(n)
    print(n, '=', ' * '.join(f'{p}^{e}' if e > 1 else str(p) for p, e in f.items()))
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print(twins)
pset = set(sieve(1000))
def goldbach(n):
    for p in sorted(pset):
        if n - p in pset:
            return p, n - p
print([goldbach(n) for n in range(4, 40, 2)])
