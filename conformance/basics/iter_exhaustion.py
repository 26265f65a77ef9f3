# Exhausted iterators stay exhausted; containers can be iterated again.
lst = [1, 2, 3]
it = iter(lst)
print(list(it), list(it), sum(it), max(it, default=None))
print(list(lst), list(lst))
m = map(abs, [-1, -2])
print(list(m), list(m))
f = filter(None, [0, 1, 2])
print(sum(f), sum(f))
z = zip([1, 2], [3, 4])
print(dict(z), dict(z))
e = enumerate('ab')
print(list(e), list(e))
r = reversed([1, 2])
print(list(r), list(r))
g = (x for x in range(3))
print(2 in g, 2 in g)
it = iter(range(5))
for x in it:
    if x == 1:
        break
print(list(it))
it = iter('abc')
print(next(it), ''.join(it), next(it, 'end'))
keys = iter({'a': 1, 'b': 2})
print(sorted(keys), sorted(keys))
