# dict(): from pairs, keywords, mappings, zip, combined forms, errors.
print(dict(), dict(a=1, b=2), dict([('a', 1), ('b', 2)]), dict({'a': 1}, b=2))
print(dict(zip('abc', range(3))), dict([['k', 'v']]), dict(((1, 2), (3, 4))))
print(dict({'a': 1}, a=2), dict([('a', 1), ('a', 2)]), dict(['ab', 'cd']))
d = {'x': [1]}
e = dict(d)
e['y'] = 2
print(d, e, e['x'] is d['x'])
print(dict(enumerate('xy')), dict({1: 2}.items()), dict.fromkeys('ab', 0))
for bad in [[1], [(1,)], [(1, 2, 3)], 5, 'abc', [[1, 2], [3]]]:
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dict({}, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([([1], 2)])
except TypeError as e:
    print(type(e).__name__, e)
print(type(dict()).__name__, dict(**{'k': 1}), dict(dict(a=1), **{'b': 2}))
