# Unpacking errors: too many / not enough values, with and without starred targets.
cases = [[1, 2, 3], [1], [], 'abcd', (x for x in range(5)), {'a': 1, 'b': 2, 'c': 3}]
for v in cases:
    try:
        a, b = v
        print('ok', a, b)
    except ValueError as e:
        print(type(e).__name__, e)
for v in [[1], [], [1, 2]]:
    try:
        a, b, *c = v
        print('ok', a, b, c)
    except ValueError as e:
        print(type(e).__name__, e)
for v in [[1, 2], [1, 2, 3, 4]]:
    try:
        a, *b, c, d = v
        print('ok', a, b, c, d)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    for x, y in [(1, 2), (3, 4, 5)]:
        print(x, y)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [(p, q) for p, q in ['ab', 'cde']]
except ValueError as e:
    print(type(e).__name__, e)
try:
    k, v = {'only': 1}
except ValueError as e:
    print(type(e).__name__, e)
def infinite():
    while True:
        yield 1
try:
    a, b = infinite()
except ValueError as e:
    print(type(e).__name__, e)
