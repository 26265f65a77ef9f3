# Starred assignment targets: position of the star, empty captures, list result type.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = (1, 2, 3)
print(a, type(a).__name__)
*a, = ()
print(a)
a, *b = 'hello'
print(a, b)
a, *b = range(5)
print(a, b)
a, *b, c, d = 'abcd'
print(a, b, c, d)
first, *middle, last = (x * x for x in range(6))
print(first, middle, last)
[a, *b] = (9,)
print(a, b)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
for head, *tail in [(1, 2, 3), (4,), 'xy']:
    print(head, tail)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, *c, d = 'xy'
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b = 5
except TypeError as e:
    print(type(e).__name__, e)
d = {'k1': 1, 'k2': 2, 'k3': 3}
k, *ks = d
print(k, ks)
print([*range(3), *'ab', *[None]])
print((*[1, 2], 3))
print({**{'a': 1}, 'b': 2, **{'a': 3}})
