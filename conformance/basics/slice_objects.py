# slice objects: attributes, repr, indices(), use for subscripting, equality and errors.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(5)), slice(None, None, -1))
print(slice(3) == slice(None, 3), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3))
data = list(range(20))
print(data[s], 'abcdefghijk'[s], tuple(range(12))[slice(None, None, 4)])
print(slice(None).indices(10), slice(2, -2).indices(10), slice(None, None, -1).indices(10))
print(slice(-100, 100).indices(5), slice(5, 1, -2).indices(10), slice(0, 10, 3).indices(4))
print(range(*slice(1, 8, 3).indices(6)))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
print(slice('a', 'b'), slice(1.5, None).start, type(s).__name__)
try:
    hash(slice(1))
    print('slice hashable (3.12+)')
except TypeError as e:
    print(type(e).__name__, e)
d = [0] * 6
d[slice(1, 4)] = 'xyz'
print(d)
del d[slice(None, None, 2)]
print(d)
