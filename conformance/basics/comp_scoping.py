# Comprehension scoping: loop variables do not leak, the first iterable is evaluated outside.
x = 'outer x'
lst = [x for x in range(3)]
print(x, lst)
y = 10
print([y * i for i in range(3)])
def f():
    z = 5
    return [z + i for i in range(3)]
print(f())
try:
    [i for i in range(2)]
    print(i)
except NameError as e:
    print(type(e).__name__, e)
d = {k: k for k in 'ab'}
try:
    print(k)
except NameError as e:
    print(type(e).__name__, e)
g = (q for q in range(2))
try:
    q
except NameError as e:
    print(type(e).__name__, e)
n = 3
print([[n for n in range(n)] for _ in range(2)], n)
items = [1, 2, 3]
print([items for items in items])
def scope():
    vals = [1, 2]
    return [v * m for v in vals for m in [10, 100]]
print(scope())
for i in range(2):
    pass
print([i for i in 'ab'], i)
def closures():
    return [lambda: k for k in range(3)]
print([c() for c in closures()])
print([j for j in range(3) if j != x])
