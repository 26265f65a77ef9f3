# Unpacking in displays: [*a, *b], (*a,), {*a}, {**d1, **d2}, with generators and strings.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), [*a, 0, *b, *'xy'], (*range(3),), [*{}], [*{'k': 1}])
print({*a, *b, 1}, sorted({*'hello'}), {*()})
d1 = {'x': 1, 'y': 2}
d2 = {'y': 20, 'z': 30}
print({**d1, **d2}, {**d2, **d1}, {'w': 0, **d1, 'x': 100}, {**{}})
print([*(i * i for i in range(4))], [*map(str, a)], (*a,) == tuple(a))
first, *rest = [*b, *a]
print(first, rest)
try:
    [*5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
