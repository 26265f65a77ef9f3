# map: lazy application, several iterables (stops at shortest), builtins as functions.
print(list(map(str, [1, 2, 3])), list(map(len, ['a', 'bb', ''])), list(map(int, '123')))
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'efg')))
print(list(map(str.upper, 'abc')), list(map(abs, range(-2, 3))), list(map(bool, [0, 1, ''])))
log = []
def f(x):
    log.append(x)
    return x * 10
m = map(f, [1, 2, 3])
print(log, next(m), log, list(m), log)
print(sum(map(int, '1 2 3'.split())), max(map(len, ['x', 'yyy', 'zz'])))
print(dict(map(lambda kv: (kv[1], kv[0]), {'a': 1}.items())))
try:
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(str)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(int, ['1', 'x']))
except ValueError as e:
    print(type(e).__name__, e)
print(type(map(str, [])).__name__, list(map(lambda: 1, [])))
