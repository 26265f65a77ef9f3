# dict.fromkeys: shared default value object, iterables of keys, duplicates collapse.
print(dict.fromkeys(['a', 'b']), dict.fromkeys('abca', 0), dict.fromkeys(range(3), 'x'))
d = dict.fromkeys(['p', 'q'], [])
d['p'].append(1)
print(d, d['p'] is d['q'])
print(dict.fromkeys([]), dict.fromkeys((1, 1.0, True), 'same'))
print({}.fromkeys('xy'), dict.fromkeys(x for x in [3, 1]))
try:
    dict.fromkeys([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.fromkeys(5)
except TypeError as e:
    print(type(e).__name__, e)
