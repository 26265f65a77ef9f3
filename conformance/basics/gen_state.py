# Generator objects are single-use iterators: exhaustion, independent instances, reuse.
def gen(n):
    for i in range(n):
        yield i
g = gen(3)
print(list(g), list(g))
a, b = gen(2), gen(2)
print(next(a), next(a), next(b))
g = gen(4)
print(3 in g, list(g))
g = gen(4)
print(10 in g, list(g))
g = gen(5)
print(sum(g), sum(g))
g = gen(3)
it1 = iter(g)
it2 = iter(g)
print(next(it1), next(it2), it1 is it2)
g = gen(3)
print(list(zip(g, g)))
g = gen(6)
print([(x, next(g, None)) for x in g])
g = gen(3)
print(max(g, default='empty'), max(g, default='empty'))
g = gen(3)
print(sorted(g, reverse=True), sorted(g))
def counter():
    c = 0
    while True:
        c += 1
        yield c
c = counter()
print([next(c) for _ in range(3)], next(c))
g = (x for x in range(3))
print(list(enumerate(g)), list(enumerate(g)))
