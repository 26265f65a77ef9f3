# in / not in across containers: lists, tuples, strings, bytes, dicts (keys), sets, ranges.
print(1 in [1, 2], 3 not in [1, 2], 'a' in ('a',), 'ab' in 'cabd', b'ab' in b'cabd', 97 in b'a')
d = {'k': 'v'}
print('k' in d, 'v' in d, 'v' in d.values(), ('k', 'v') in d.items(), 'k' in d.keys())
print(2 in {1, 2}, 2 in frozenset([2]), 5 in range(10), 10 in range(10), 2.0 in [1, 2])
print([1] in [[1], [2]], (1,) in [(1,)], None in [None], [] in [[]], 'x' in [])
def gen():
    yield from range(5)
print(3 in gen(), 9 in gen())
g = gen()
print(2 in g, list(g))
print('' in 'abc', '' in '', [] in [], () in [()])
for bad in [(1, 'abc'), ([], {1: 2}), ('a', 5), ([1], {1})]:
    try:
        bad[0] in bad[1]
    except TypeError as e:
        print(type(e).__name__, e)
