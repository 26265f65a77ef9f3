# Pascal's triangle: rows, centered printing, binomial checks, Sierpinski pattern
def rows(n):
    row = [1]
    for _ in range(n):
        yield row
        row = [a + b for a, b in zip([0] + row, row + [0])]

tri = list(rows(12))
width = len(" ".join(map(str, tri[-1])))
for r in tri:
    print(" ".join(map(str, r)).center(width))
print()
for r in rows(16):
    print("".join("*" if x % 2 else " " for x in r).center(32).rstrip())
def binom(n, k):
    if k < 0 or k > n:
        return 0
    num = den = 1
    for i in range(1, k + 1):
        num *= n - k + i
        den *= i
    return num // den
print(all(binom(n, k) == tri[n][k] for n in range(12) for k in range(n + 1)))
print(binom(100, 50))
print([sum(r) for r in tri])
print(list(rows(30))[-1][14])
