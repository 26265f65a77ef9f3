# iter() and next() over builtin containers; iterators are their own iterators.
for obj in [[1, 2], (3, 4), 'ab', b'xy', {'k': 1, 'j': 2}, {5}, range(2), {'a': 1}.items()]:
    it = iter(obj)
    print(type(it).__name__, list(it), list(it))
it = iter([1, 2, 3])
print(iter(it) is it, next(it), list(it))
lst = [1, 2, 3]
a, b = iter(lst), iter(lst)
print(next(a), next(a), next(b))
for bad in [5, None, 3.5, True]:
    try:
        iter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
d = {'x': 1}
di = iter(d.values())
print(next(di))
e = enumerate('ab')
print(iter(e) is e, next(e))
z = zip('ab', 'cd')
print(iter(z) is z, next(z), list(z))
m = map(str, [1])
print(iter(m) is m, list(m), list(m))
