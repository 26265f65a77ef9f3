# setdefault and get idioms: grouping, counting, defaults that are mutable.
d = {}
print(d.setdefault('a', []), d)
d.setdefault('a', []).append(1)
d.setdefault('a', []).append(2)
d.setdefault('b', []).append(3)
print(d)
print(d.setdefault('c'), d)
print(d.setdefault('a', 'ignored'))
words = 'apple avocado banana blueberry cherry'.split()
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for ch in 'hello world':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
nested = {}
for path in ['a/b', 'a/c', 'd/e']:
    top, sub = path.split('/')
    nested.setdefault(top, {})[sub] = True
print(nested)
try:
    d.setdefault()
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.setdefault([], 1)
except TypeError as e:
    print(type(e).__name__, e)
