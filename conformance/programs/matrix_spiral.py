# Matrix puzzles: spiral order, rotate in place, magic square construction and checks
def spiral(m):
    out = []
    while m:
        out += m[0]
        m = [list(r) for r in zip(*m[1:])][::-1]
    return out

grid = [[r * 4 + c + 1 for c in range(4)] for r in range(4)]
print(spiral(grid))
print(spiral([[1, 2, 3], [4, 5, 6]]), spiral([[1], [2], [3]]), spiral([]))

def rotate(m):
    n = len(m)
    for i in range(n // 2):
        for j in range(i, n - 1 - i):
            tmp = m[i][j]
            m[i][j] = m[n - 1 - j][i]
            m[n - 1 - j][i] = m[n - 1 - i][n - 1 - j]
            m[n - 1 - i][n - 1 - j] = m[j][n - 1 - i]
            m[j][n - 1 - i] = tmp
    return m
for row in rotate([r[:] for r in grid]):
    print(" ".join(f"{x:2d}" for x in row))

def magic(n):
    sq = [[0] * n for _ in range(n)]
    i, j = 0, n // 2
    for k in range(1, n * n + 1):
        sq[i][j] = k
        ni, nj = (i - 1) % n, (j + 1) % n
        if sq[ni][nj]:
            ni, nj = (i + 1) % n, j
        i, j = ni, nj
    return sq

for n in (3, 5):
    sq = magic(n)
    for row in sq:
        print(" ".join(f"{x:3d}" for x in row))
    sums = {sum(r) for r in sq} | {sum(c) for c in zip(*sq)}
    sums |= {sum(sq[i][i] for i in range(n)), sum(sq[i][n - 1 - i] for i in range(n))}
    print("magic constant:", sums)
def snake(n):
    return [list(range(r * n + 1, r * n + n + 1))[::(-1) ** r] for r in range(n)]
print(snake(4))
diag = [[grid[r][c] for r in range(4) for c in range(4) if r + c == s] for s in range(7)]
print(diag)
