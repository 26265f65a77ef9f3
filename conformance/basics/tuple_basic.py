# Tuples: creation forms, immutability, nesting with mutable elements, len, indexing.
t = (1, 'two', 3.0, None, [5])
print(t, len(t), t[0], t[-1], t[1:3], t[::-1])
print((), (1,), tuple(), tuple(()))
print(type(()).__name__, type((1,)).__name__, type((1)).__name__)
t[4].append(6)
print(t)
try:
    t[0] = 99
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
x = 1, 2, 3
print(x, type(x).__name__)
a, b = (1, 2)
print(a, b)
print(tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple({'k': 0}), tuple(x for x in 'z'))
u = (1, 2)
v = u
u += (3,)
print(u, v, u is v)
print(((1, 2), (3, 4))[1][0], (1, (2, (3, (4,))))[1][1][1][0])
print(tuple(tuple(range(i)) for i in range(3)))
