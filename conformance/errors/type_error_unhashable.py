# "unhashable type" for list/dict/set used as dict keys, set members, or hashed directly.
for v in [[1], {'a': 1}, {1}, ([1],), [[]]]:
    try:
        {v: 1}
    except TypeError as e:
        print('dict key:', e)
    try:
        {v}
    except TypeError as e:
        print('set member:', e)
    try:
        hash(v)
    except TypeError as e:
        print('hash():', e)
d = {}
try:
    d[[1, 2]] = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] in {1, 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.get({})
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.fromkeys([{}])
except TypeError as e:
    print(type(e).__name__, e)
print({(1, 2): 'tuples are fine'}, {frozenset({1}): 'frozensets too'})
