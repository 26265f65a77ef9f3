# sum: start value, floats, big ints, bools, and the errors for strings.
print(sum([1, 2, 3]), sum([]), sum([], 10), sum(range(101)), sum([1, 2], start=100))
print(sum([0.1] * 10), sum([0.1, 0.2, 0.3]), sum([1, 2.5]), sum([True, True, False]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum(x * x for x in range(10)))
print(sum([10 ** 20, 10 ** 20, -1]), sum(range(10 ** 6)), sum([1e100, 1, -1e100]))
print(type(sum([])).__name__, type(sum([1.0])).__name__, type(sum([True])).__name__)
try:
    sum(['a', 'b'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([b'a'], b'')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, 'x'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sum([float('inf'), 1]), sum([0.5, 0.25], 0.25), sum(iter([1, 2]), -3))
