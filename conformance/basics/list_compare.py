# List comparison: lexicographic, length tie-breaks, nested lists, mixed-type errors.
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print([2] > [1, 100], [1, 2, 3] <= [1, 2, 3], [[1, 2]] < [[1, 3]], [1, 'a'] < [2, 1])
print([1] == (1,), [1, 2] == [1.0, 2.0], [[]] == [[]], [None] == [None])
print(max([[1, 2], [1, 3], [0, 9]]), min([[3], [2, 5], [2]]), sorted([[2], [1, 9], [1]]))
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
nan = float('nan')
a = [nan]
print(a == a, [nan] == [nan], [nan] == [float('nan')], a[0] == a[0])
print([1, 2] < [1, nan], [1, nan] < [1, 2])
print([1, 2, 3] > [1, 2], [] == [], [] is not [])
