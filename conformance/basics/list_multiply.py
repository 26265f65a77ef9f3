# List repetition: shallow copies of references ([[]] * 3 aliasing), zero/negative counts.
a = [0] * 5
print(a, [1, 2] * 3, 3 * ['x'], [] * 10, [1] * 0, [1] * -1)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[1])
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(good)
b = [[]] * 2
b[0].append('shared')
print(b)
c = [1, 2]
c *= 2
print(c)
print([None] * 3, [True] * 2 + [False])
print(len([1, 2, 3] * 1000), ([1, 2, 3] * 1000)[-1])
try:
    [1] * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * '2'
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * [2]
except TypeError as e:
    print(type(e).__name__, e)
print([1] * True, [1] * False)
