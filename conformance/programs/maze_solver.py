# Maze solving on a text grid with BFS, marking the shortest path
maze = """
###########
#S  #     #
# # # ### #
# #   #   #
# ##### # #
#     # # #
### # # # #
#   #   #E#
###########
""".strip().splitlines()
grid = [list(r) for r in maze]
rows, cols = len(grid), len(grid[0])
start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
end = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "E")
prev = {start: None}
q = [start]
while q:
    r, c = q.pop(0)
    if (r, c) == end:
        break
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        nr, nc = r + dr, c + dc
        if grid[nr][nc] != "#" and (nr, nc) not in prev:
            prev[(nr, nc)] = (r, c)
            q.append((nr, nc))
path = []
node = end
while node:
    path.append(node)
    node = prev[node]
path.reverse()
for r, c in path[1:-1]:
    grid[r][c] = "."
print("\n".join("".join(row) for row in grid))
print("path length:", len(path) - 1)
print("visited:", len(prev))
dirs = {(-1, 0): "U", (1, 0): "D", (0, -1): "L", (0, 1): "R"}
moves = "".join(dirs[(b[0] - a[0], b[1] - a[1])] for a, b in zip(path, path[1:]))
print(moves)
compressed = []
for ch in moves:
    if compressed and compressed[-1][0] == ch:
        compressed[-1][1] += 1
    else:
        compressed.append([ch, 1])
print(" ".join(f"{ch}{n}" for ch, n in compressed))
