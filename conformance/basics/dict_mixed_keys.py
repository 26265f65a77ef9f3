# Dicts with keys of many hashable types keep insertion order and look up by equality.
d = {}
keys = [None, 0, 'zero', (0,), frozenset({0}), 1.5, True, b'b', ('a', (1, 2)), -1, '', ()]
for i, k in enumerate(keys):
    d[k] = i
print(d)
print(len(d), d[0], d[False], d[1], d[1.5], d[()], d[frozenset([0])], d[('a', (1, 2))])
print([type(k).__name__ for k in d])
d[0.0] = 'float zero'
print(d[0], list(d)[1])
