# Tuples are hashable when their items are: dict keys, set members, errors for lists inside.
d = {(1, 2): 'a', (1,): 'b', (): 'c', ((1, 2), 3): 'd'}
print(d[(1, 2)], d[1,], d[()], d[(1, 2), 3])
print({(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)}, len({(1, 2), (1, 2), (2, 1)}))
print(hash((1, 2)) == hash((1, 2)), hash((1,)) != hash(1))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, [2]): 0}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, {2: 3})}
except TypeError as e:
    print(type(e).__name__, e)
grid = {}
for r in range(2):
    for c in range(2):
        grid[r, c] = r * 2 + c
print(grid, grid[1, 0])
print(hash((1, 2.0)) == hash((1.0, 2)), (1, 2) in {(1.0, 2.0): 0})
