# Program: validate sudoku grids (rows, columns, boxes) and solve a small 4x4 by backtracking.
grid = [
    [5, 3, 4, 6, 7, 8, 9, 1, 2], [6, 7, 2, 1, 9, 5, 3, 4, 8], [1, 9, 8, 3, 4, 2, 5, 6, 7],
    [8, 5, 9, 7, 6, 1, 4, 2, 3], [4, 2, 6, 8, 5, 3, 7, 9, 1], [7, 1, 3, 9, 2, 4, 8, 5, 6],
    [9, 6, 1, 5, 3, 7, 2, 8, 4], [2, 8, 7, 4, 1, 9, 6, 3, 5], [3, 4, 5, 2, 8, 6, 1, 7, 9],
]
def problems(g):
    n = len(g)
    b = int(n ** 0.5)
    full = set(range(1, n + 1))
    out = []
    for i in range(n):
        if set(g[i]) != full:
            out.append(f'row {i}')
        if {g[r][i] for r in range(n)} != full:
            out.append(f'col {i}')
    for br in range(0, n, b):
        for bc in range(0, n, b):
            box = {g[r][c] for r in range(br, br + b) for c in range(bc, bc + b)}
            if box != full:
                out.append(f'box {br // b},{bc // b}')
    return out
print(problems(grid))
grid[0][0], grid[0][1] = grid[0][1], grid[0][0]
print(problems(grid))
small = [[1, 0, 0, 0], [0, 0, 3, 0], [0, 4, 0, 0], [0, 0, 0, 2]]
def solve(g):
    for r in range(4):
        for c in range(4):
            if g[r][c] == 0:
                for v in range(1, 5):
                    box = [g[i][j] for i in range(r // 2 * 2, r // 2 * 2 + 2) for j in range(c // 2 * 2, c // 2 * 2 + 2)]
                    if v not in g[r] and v not in [g[i][c] for i in range(4)] and v not in box:
                        g[r][c] = v
                        if solve(g):
                            return True
                        g[r][c] = 0
                return False
    return True
print(solve(small), small, problems(small))
