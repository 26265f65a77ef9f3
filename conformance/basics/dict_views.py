# dict views are live: they reflect later changes; len, in, iteration, reversed, equality.
d = {'a': 1, 'b': 2}
k, v, i = d.keys(), d.values(), d.items()
d['c'] = 3
print(k, v, i)
print(len(k), 'c' in k, 3 in v, ('c', 3) in i, ('c', 4) in i, 'z' in k)
del d['a']
print(list(k), list(v), list(i))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k == {'b', 'c'}, k == ['b', 'c'], v == v, d.values() == d.values())
print({'x': 1}.items() == {('x', 1)}, sorted(d.items(), reverse=True))
it = iter(k)
print(next(it))
try:
    d['z'] = 0
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
print(list(dict(a=1).keys()), tuple({}.values()), bool({}.items()), bool(d.keys()))
print(repr({}.keys()), repr({1: [2]}.values()), repr({(1,): None}.items()))
