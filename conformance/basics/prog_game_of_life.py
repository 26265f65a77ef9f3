# Program: Conway's game of life on a small torus, using sets of (row, col) tuples.
def step(live, rows, cols):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % rows, (c + dc) % cols)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
def show(live, rows, cols):
    for r in range(rows):
        print(''.join('#' if (r, c) in live else '.' for c in range(cols)))
    print()
glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
state = glider
for gen in range(4):
    show(state, 6, 6)
    state = step(state, 6, 6)
print(sorted(state))
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker, 5, 5)), step(step(blinker, 5, 5), 5, 5) == blinker)
s = glider
for _ in range(24):
    s = step(s, 6, 6)
print(s == glider, len(s))
