# Program: Collatz sequences: lengths with a cache, the longest start below a bound.
cache = {1: 1}
def length(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    base = cache[n]
    for i, m in enumerate(reversed(path)):
        cache[m] = base + i + 1
    return cache[path[0]] if path else base
print([length(n) for n in range(1, 21)])
best = max(range(1, 30000), key=length)
print(best, length(best))
def seq(n):
    out = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        out.append(n)
    return out
print(seq(27)[:12], max(seq(27)), len(seq(27)))
print(length(2 ** 100), length(2 ** 100 + 1))
