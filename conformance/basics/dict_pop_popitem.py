# dict.pop with and without default, popitem LIFO order, KeyError messages.
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
print(d.pop('b'), d)
print(d.pop('zz', 'default'), d.pop('zz', None))
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d.popitem(), d)
d['new'] = 5
print(d.popitem(), d)
print(d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop()
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.pop((1, 2))
except KeyError as e:
    print(type(e).__name__, e, e.args)
e = {i: i * i for i in range(5)}
out = []
while e:
    out.append(e.popitem())
print(out)
f = {'x': 1}
print(f.pop('x'), f, f.pop('x', 'gone'))
