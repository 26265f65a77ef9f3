# next() with and without a default on iterators and generators; error for non-iterators.
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'), next(it, None))
g = (x for x in 'ab')
print(next(g, 0), next(g, 0), next(g, 0))
empty = iter(())
print(next(empty, 'fallback'))
try:
    next(empty)
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    next('abc')
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
d = iter({'k': 1, 'j': 2})
print(next(d), next(d), next(d, '-'))
r = iter(range(3))
print(next(r), list(r), next(r, 'end'))
def gen():
    yield 1
    return 'ret'
g = gen()
print(next(g), next(g, 'default hides return value'))
s = iter('xy')
print(next(s), next(s), next(s, ''))
print(next(iter([None]), 'not used'))
try:
    next()
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(iter([]), 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
