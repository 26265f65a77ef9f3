# list.sort and sorted: numbers, strings, tuples, reverse, in-place returns None, errors.
a = [5, 2, 9, 1, 5, 6, -3, 0]
print(a.sort(), a)
a.sort(reverse=True)
print(a)
print(sorted([3.5, 1, 2.25, -1e10, 10 ** 20]), sorted('hello'), sorted((3, 1, 2)))
print(sorted(['b', 'A', 'a', 'B', '_', '1']), sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
print(sorted([[3], [1, 2], [1], []]), sorted({3: 'x', 1: 'y'}), sorted([]))
print(sorted([True, False, 0, 1, -1]), sorted(range(5), reverse=True))
for bad in [[1, 'a'], [None, 1], [1, [1]], [(1, 'a'), (1, 2)]]:
    try:
        sorted(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a.sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
b = [3, 1, 2]
c = sorted(b)
print(b, c, b is c)
big = list(range(100, 0, -1))
big.sort()
print(big[:5], big[-5:])
print(sorted([0.0, -0.0, 0]), sorted([-0.0, 0.0]))
print(sorted('Mississippi', reverse=True))
