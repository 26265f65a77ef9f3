# Core dict methods: keys/values/items/get/clear/copy/len/in, and their results.
d = {'a': 1, 'b': 2, 'c': 3}
print(d.keys(), d.values(), d.items())
print(d.get('a'), d.get('z'), d.get('z', 0), d.get('a', 0))
print('a' in d, 'z' in d, 1 in d, 'a' not in d, len(d))
c = d.copy()
c['d'] = 4
print(d, c, c is d)
print(d.clear(), d, len(d))
e = {'x': [1]}
f = e.copy()
f['x'].append(2)
print(e)
print(list({'k': 'v'}.items())[0], type(d.keys()).__name__, type(d.items()).__name__)
try:
    d.get()
except TypeError as err:
    print(type(err).__name__, err)
try:
    d.get('a', 1, 2)
except TypeError as err:
    print(type(err).__name__, err)
try:
    d.keys(1)
except TypeError as err:
    print(type(err).__name__, err)
try:
    {}.get([1])
except TypeError as err:
    print(type(err).__name__, err)
