# Backtracking sudoku solver on a classic puzzle
puzzle = """
530070000
600195000
098000060
800060003
400803001
700020006
060000280
000419005
000080079
"""
grid = [[int(ch) for ch in line] for line in puzzle.split()]

def ok(g, r, c, v):
    if v in g[r]:
        return False
    if any(g[i][c] == v for i in range(9)):
        return False
    br, bc = 3 * (r // 3), 3 * (c // 3)
    for i in range(br, br + 3):
        for j in range(bc, bc + 3):
            if g[i][j] == v:
                return False
    return True

steps = 0
def solve(g):
    global steps
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                for v in range(1, 10):
                    if ok(g, r, c, v):
                        g[r][c] = v
                        steps += 1
                        if solve(g):
                            return True
                        g[r][c] = 0
                return False
    return True

print("solved:", solve(grid))
print("placements tried:", steps)
for i, row in enumerate(grid):
    if i and i % 3 == 0:
        print("------+-------+------")
    print(" | ".join(" ".join(map(str, row[k:k + 3])) for k in (0, 3, 6)))
print(all(sorted(row) == list(range(1, 10)) for row in grid))
print(all(sorted(col) == list(range(1, 10)) for col in zip(*grid)))
