# Prime factorisation, divisors, perfect numbers, Euler's totient, and big-number factoring
def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors.append(n)
    return factors

def fmt(factors):
    counts = {}
    for f in factors:
        counts[f] = counts.get(f, 0) + 1
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(counts.items()))

for n in [2, 12, 97, 360, 1001, 65536, 999999, 2**32 + 1, 600851475143, 10**12 + 39]:
    print(f"{n:>15} = {fmt(factorize(n))}")

def divisors(n):
    small = [d for d in range(1, int(n ** 0.5) + 1) if n % d == 0]
    return sorted(set(small + [n // d for d in small]))

print(divisors(360))
print("perfect:", [n for n in range(2, 10000) if sum(divisors(n)) - n == n])
def phi(n):
    result = n
    for p in set(factorize(n)):
        result -= result // p
    return result
print([phi(n) for n in range(1, 21)])
print(sum(phi(n) for n in range(1, 101)))
amicable = [(a, sum(divisors(a)) - a) for a in range(2, 3000)
            if (b := sum(divisors(a)) - a) > a and sum(divisors(b)) - b == a]
print("amicable pairs:", amicable)
m = 2**31 - 1
print(m, factorize(m) == [m])
print(fmt(factorize(2**64 - 1)))
