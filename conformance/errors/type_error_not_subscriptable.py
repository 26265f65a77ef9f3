# "'X' object is not subscriptable" and item assignment/deletion messages by type.
for v in [1, 1.5, None, True, {1, 2}, len, iter([]), (x for x in [])]:
    try:
        v[0]
    except TypeError as e:
        print(type(e).__name__, e)
for v in ['abc', (1, 2), b'ab', range(3), frozenset({1}), 5]:
    try:
        v[0] = 1
    except TypeError as e:
        print(type(e).__name__, e)
for v in ['abc', (1, 2), b'ab', range(3), 5]:
    try:
        del v[0]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {1: 2}.keys()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    f = lambda: 0
    f['x']
except TypeError as e:
    print(type(e).__name__, e)
