# Collatz sequences: lengths, longest chain under a limit, cached lengths
def collatz(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq

print(collatz(27)[:15], "...", len(collatz(27)))
print("max in 27's path:", max(collatz(27)))
cache = {1: 1}
def length(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n >> 1 if n & 1 == 0 else 3 * n + 1
    L = cache[n]
    for m in reversed(path):
        L += 1
        cache[m] = L
    return L

best = max(range(1, 30000), key=length)
print("longest under 30000:", best, length(best))
hist = {}
for i in range(1, 1000):
    b = length(i) // 20 * 20
    hist[b] = hist.get(b, 0) + 1
for b in sorted(hist):
    print("%3d-%3d | %s" % (b, b + 19, "=" * (hist[b] // 10)), hist[b])
print(collatz(2**50 + 1)[-5:])
print(length(837799))
