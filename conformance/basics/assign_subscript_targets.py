# Subscript and slice assignment targets, including in for loops and unpacking.
lst = [0] * 5
lst[0] = 'a'
lst[-1] = 'z'
print(lst)
lst[1:3] = ['b', 'c']
print(lst)
lst[1:3] = []
print(lst)
lst[:0] = [1, 2]
print(lst)
lst[len(lst):] = [9]
print(lst)
d = {}
d['x'] = 1
d[1, 2] = 'tuple key'
d[None] = 'none'
print(d)
grid = [[0, 0], [0, 0]]
grid[1][0] = 7
print(grid)
cfg = {'a': {'b': [1, 2, 3]}}
cfg['a']['b'][1] = 'two'
print(cfg)
out = [None] * 3
for out[0] in range(3):
    pass
print(out)
box = {}
for box['k'] in 'xyz':
    print(box)
arr = [0, 0, 0]
arr[0], arr[2] = 'first', 'last'
print(arr)
arr[1:], x = ['p', 'q', 'r'], 4
print(arr, x)
i = 0
vals = [10, 20, 30]
vals[i], i = 99, 2
print(vals, i)
try:
    s = 'abc'
    s[0] = 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    tup = (1, 2)
    tup[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    lst['k'] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
