# Converting between container types: list/tuple/set/dict/str and back.
t = (3, 1, 2, 3)
print(list(t), set(t), sorted(set(t)), tuple(sorted(t)), dict.fromkeys(t), frozenset(t))
d = {'b': 2, 'a': 1}
print(list(d), list(d.items()), dict(list(d.items())), tuple(d.values()), set(d) == {'a', 'b'})
print(str([1, 2]), str((1,)), repr('s'), list('abc'), ''.join(['a', 'b']), tuple('xy'))
print(list(range(3)), tuple(range(3)), set(range(3)), dict(zip(range(3), 'abc')))
print(list(map(int, ['1', '2'])), [str(x) for x in (1.5, None, True)], bool([]), bool([0]))
print(int('7') + float('0.5'), str(7) + str(0.5), list(b'hi'), bytes([104, 105]).decode())
print(dict([('x', 1)]), list({'x': 1}.items())[0], dict(enumerate('ab')), list(enumerate('ab')))
nested = [[1, 2], [3, 4]]
print(dict(nested), [tuple(p) for p in nested], list(zip(*nested)))
