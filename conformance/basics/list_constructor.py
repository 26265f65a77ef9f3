# list(): from every iterable kind; copies; errors for non-iterables.
print(list(), list([1, 2]), list((1, 2)), list('ab'), list(range(3)), list({'a': 1, 'b': 2}))
print(list({'a': 1}.items()), list({'a': 1}.values()), list(b'ab'), list(x for x in 'xy'))
print(list(iter([5])), list(enumerate('ab')), list(zip([1], [2])), list(map(abs, [-1, -2])))
print(list(reversed([1, 2, 3])), list(filter(None, [0, 1, '', 'a'])), list({3, 1, 2}))
orig = [1, 2]
copy = list(orig)
copy.append(3)
print(orig, copy)
for bad in [5, None, 1.5, True]:
    try:
        list(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    list([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
print(type(list()).__name__, list.__name__)
