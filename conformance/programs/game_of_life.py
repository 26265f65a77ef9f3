# Conway's Game of Life on a small torus with a glider and blinker
W, H = 12, 10
live = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2), (7, 5), (8, 5), (9, 5)}

def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = ((x + dx) % W, (y + dy) % H)
                    counts[k] = counts.get(k, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}

def render(cells):
    return "\n".join("".join("#" if (x, y) in cells else "." for x in range(W)) for y in range(H))

for gen in range(5):
    print("generation", gen, "population", len(live))
    print(render(live))
    live = step(live)
seen = {}
gen = 5
while True:
    key = tuple(sorted(live))
    if key in seen:
        print("cycle found: generation", gen, "repeats", seen[key])
        break
    seen[key] = gen
    live = step(live)
    gen += 1
print(sorted(live))
