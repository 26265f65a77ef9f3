# dict.update from dicts, pairs, keywords, and errors for bad sequences.
d = {'a': 1}
d.update({'b': 2})
d.update([('c', 3), ('a', 10)])
d.update(e=5, f=6)
d.update({'g': 7}, h=8)
d.update((k, v) for k, v in [('i', 9)])
d.update()
print(d)
d.update([['j', 1], 'kx'])
print(d)
for bad in [[1, 2], [('a', 1, 2)], [('only',)], 5, ['abc']]:
    try:
        d.update(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    d.update({}, {})
except TypeError as e:
    print(type(e).__name__, e)
x = {'k': 1}
x.update(x)
print(x)
