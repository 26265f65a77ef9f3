# Recursion depth: moderately deep recursion works, runaway recursion is caught
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(500), depth(900))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print([ackermann(2, n) for n in range(6)], ackermann(3, 3))

def runaway(n):
    return runaway(n + 1) + 1

try:
    runaway(0)
except RecursionError as e:
    print("caught", type(e).__name__)

def sum_list(xs):
    if not xs:
        return 0
    return xs[0] + sum_list(xs[1:])
print(sum_list(list(range(600))))

def flood(grid, r, c, seen):
    if (r, c) in seen or not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] == "#":
        return 0
    seen.add((r, c))
    return 1 + sum(flood(grid, r + dr, c + dc, seen) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)))
grid = ["....#.....",
        ".##.#.###.",
        ".#..#...#.",
        ".#.####.#.",
        "......#..."]
print(flood(grid, 0, 0, set()), flood(grid, 0, 5, set()))
def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)
def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)
print(mutual_even(400), mutual_odd(401), mutual_even(7))
try:
    mutual_even(10 ** 6)
except RecursionError:
    print("mutual recursion overflow caught")
print(depth(100))
