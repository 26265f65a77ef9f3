# Exact rational arithmetic with (numerator, denominator) tuples: Gaussian elimination and sums
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def frac(n, d=1):
    if d == 0:
        raise ZeroDivisionError("zero denominator")
    if d < 0:
        n, d = -n, -d
    g = gcd(n, d) or 1
    return (n // g, d // g)

def add(a, b): return frac(a[0] * b[1] + b[0] * a[1], a[1] * b[1])
def sub(a, b): return frac(a[0] * b[1] - b[0] * a[1], a[1] * b[1])
def mul(a, b): return frac(a[0] * b[0], a[1] * b[1])
def div(a, b): return frac(a[0] * b[1], a[1] * b[0])
def show(f): return str(f[0]) if f[1] == 1 else f"{f[0]}/{f[1]}"

h = frac(0)
for k in range(1, 21):
    h = add(h, frac(1, k))
    if k in (1, 2, 5, 10, 20):
        print(f"H({k}) = {show(h)} ~ {h[0] / h[1]:.6f}")

def solve(A, b):
    n = len(A)
    M = [[frac(x) for x in row] + [frac(y)] for row, y in zip(A, b)]
    for c in range(n):
        p = next(r for r in range(c, n) if M[r][c][0] != 0)
        M[c], M[p] = M[p], M[c]
        for r in range(n):
            if r != c and M[r][c][0]:
                f = div(M[r][c], M[c][c])
                M[r] = [sub(x, mul(f, y)) for x, y in zip(M[r], M[c])]
    return [div(M[i][n], M[i][i]) for i in range(n)]

A = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
b = [8, -11, -3]
print([show(x) for x in solve(A, b)])
A2 = [[1, 2, 3], [2, 5, 3], [1, 0, 8]]
print([show(x) for x in solve(A2, [1, 1, 1])])
hilbert = [[frac(1, i + j + 1) for j in range(4)] for i in range(4)]
print([[show(x) for x in row] for row in hilbert])
try:
    frac(1, 0)
except ZeroDivisionError as e:
    print("error:", e)
bern = []
for m in range(9):
    row = [frac(1, m + 1)]
    for j in range(m, 0, -1):
        row.insert(0, None)
    bern.append(row[-1])
print([show(x) for x in bern])
