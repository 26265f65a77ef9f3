# Nested unpacking in assignments and for-loop targets, with starred parts at any depth.
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, c) = 1, [2, 3]
print(a, b, c)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a, b, c, d)
[a, [b, *c]], d = [[1, [2, 3, 4]], 5]
print(a, b, c, d)
(a, b), (c, d) = 'ab', 'cd'
print(a, b, c, d)
data = [((1, 2), 'p'), ((3, 4), 'q')]
for (x, y), name in data:
    print(name, x + y)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
(a, *b), (*c, d) = (1, 2, 3), (4, 5, 6)
print(a, b, c, d)
matrix = [[1, 2], [3, 4]]
(a, b), (c, d) = matrix
print(a * d - b * c)
try:
    (a, b), c = (1, 2, 3), 4
except ValueError as e:
    print(type(e).__name__, e)
try:
    (a, b), c = 1, 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, (b, c) = 1, (2,)
except ValueError as e:
    print(type(e).__name__, e)
points = [(0, (1, 2)), (3, (4, 5))]
total = 0
for n, (px, py) in points:
    total += n + px * py
print(total)
