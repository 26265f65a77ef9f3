# sorted(): any iterable, key/reverse keywords only, returns a new list.
print(sorted([3, 1, 2]), sorted('cba'), sorted((2, 1)), sorted({3: 0, 1: 0}), sorted({5, 1, 3}))
print(sorted(x % 4 for x in range(10)), sorted(range(5), reverse=True), sorted([]))
print(sorted(['bb', 'a', 'ccc'], key=len, reverse=True), sorted([-3, 2, -1], key=abs))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted('Hello World'.split(), key=str.lower))
t = (3, 2, 1)
s = sorted(t)
print(t, s, type(s).__name__)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([3, None, 1])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([1, 2, 3], key=lambda x: 0), sorted([0.5, -1, True, 0]))
print(sorted({'b': 2, 'a': 1}.items(), key=lambda kv: kv[1]))
