# pop() errors on lists, dicts and sets, each with its own message.
for args in [(), (0,), (-1,), (5,)]:
    try:
        [].pop(*args)
    except IndexError as e:
        print('empty list pop', args, type(e).__name__, e)
for args in [(2,), (-3,), (100,)]:
    try:
        [1, 2].pop(*args)
    except IndexError as e:
        print('list pop', args, type(e).__name__, e)
try:
    {}.pop('k')
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
print([1, 2, 3].pop(-1), [1, 2, 3].pop(0), {'a': 1}.pop('a'), {'a': 1}.pop('b', 'dflt'))
