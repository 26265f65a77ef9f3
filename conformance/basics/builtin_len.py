# len() of every sized builtin, and TypeError messages for unsized objects.
for obj in ['', 'abc', 'é🙂', b'\x00\x01', [], [1, [2, 3]], (), (1,), {}, {'a': 1}, set(), {1, 2},
            frozenset([1, 1, 2]), range(10), range(0, 10, 3), range(5, 0), {}.keys(), {'a': 1}.items()]:
    print(repr(obj), len(obj))
for bad in [5, 1.5, None, True, iter([]), (x for x in []), len, map(str, [])]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__, e)
