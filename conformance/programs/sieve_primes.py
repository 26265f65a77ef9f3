# Sieve of Eratosthenes with prime statistics and twin primes
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
        i += 1
    return [k for k, v in enumerate(is_prime) if v]

primes = sieve(1000)
print("count:", len(primes))
print("first 20:", primes[:20])
print("last 5:", primes[-5:])
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print("twin pairs below 200:", [t for t in twins if t[1] < 200])
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
for g in sorted(gaps):
    print(f"gap {g:3d}: {gaps[g]:4d} {'*' * (gaps[g] // 5)}")
print("sum of primes < 1000 =", sum(primes))
print("average: %.4f" % (sum(primes) / len(primes)))
goldbach = {}
for even in range(4, 61, 2):
    for p in primes:
        if p > even // 2:
            break
        if even - p in primes:
            goldbach.setdefault(even, []).append((p, even - p))
for k, v in list(goldbach.items())[:10]:
    print(k, "=", " | ".join(f"{a}+{b}" for a, b in v))
