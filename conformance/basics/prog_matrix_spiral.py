# Program: spiral order, rotation, and transposition of matrices with list slicing.
def spiral(m):
    out = []
    m = [row[:] for row in m]
    while m:
        out.extend(m.pop(0))
        m = [list(r) for r in zip(*m)][::-1]
    return out
def rotate(m):
    return [list(r) for r in zip(*m[::-1])]
grid = [[r * 4 + c for c in range(4)] for r in range(3)]
print(spiral(grid))
print(rotate(grid))
print(rotate(rotate(rotate(rotate(grid)))) == grid)
print(spiral([[1]]), spiral([]), spiral([[1, 2, 3]]), spiral([[1], [2], [3]]))
def print_matrix(m):
    w = max(len(str(v)) for row in m for v in row)
    for row in m:
        print(' '.join(str(v).rjust(w) for v in row))
n = 5
sp = [[0] * n for _ in range(n)]
r = c = 0
dr, dc = 0, 1
for k in range(1, n * n + 1):
    sp[r][c] = k
    nr, nc = r + dr, c + dc
    if not (0 <= nr < n and 0 <= nc < n and sp[nr][nc] == 0):
        dr, dc = dc, -dr
        nr, nc = r + dr, c + dc
    r, c = nr, nc
print_matrix(sp)
