# Elementary cellular automata (rules 30, 90, 110) and Langton's ant
def step(cells, rule):
    n = len(cells)
    return [(rule >> (cells[(i - 1) % n] << 2 | cells[i] << 1 | cells[(i + 1) % n])) & 1 for i in range(n)]

for rule in (30, 90, 110):
    print(f"Rule {rule} ({rule:08b})")
    cells = [0] * 31
    cells[15] = 1
    for _ in range(12):
        print("".join("█" if c else " " for c in cells).rstrip())
        cells = step(cells, rule)
ant = (5, 5)
facing = 0
black = set()
DIRS = [(0, -1), (1, 0), (0, 1), (-1, 0)]
for _ in range(200):
    if ant in black:
        facing = (facing - 1) % 4
        black.remove(ant)
    else:
        facing = (facing + 1) % 4
        black.add(ant)
    ant = (ant[0] + DIRS[facing][0], ant[1] + DIRS[facing][1])
xs = [x for x, _ in black] + [ant[0]]
ys = [y for _, y in black] + [ant[1]]
for y in range(min(ys), max(ys) + 1):
    print("".join("A" if (x, y) == ant else "#" if (x, y) in black else "." for x in range(min(xs), max(xs) + 1)))
print(len(black), ant, "NESW"[facing])
