# Generator expressions are lazy: side effects show when items are produced.
def noisy(v):
    print('produce', v)
    return v
g = (noisy(i) for i in range(3))
print('created')
print('first', next(g))
print('rest', list(g))
print('again', list(g))
def source():
    print('source start')
    for i in range(3):
        print('source yields', i)
        yield i
g = (x * 10 for x in source())
print('genexp made; source already started?')
print(next(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in 'a bbb cc'.split()))
print(list(x for x in 'abc' if x != 'b'))
evaluated = []
def it():
    evaluated.append('iterable built')
    return range(3)
g = (i for i in it())
print(evaluated)
print(any(noisy(v) > 1 for v in [0, 2, 5]))
print(all(noisy(v) < 1 for v in [0, 2, 5]))
print(''.join(c.upper() for c in 'lazy'))
g = (i * i for i in range(5))
print(next(g), next(g), list(g))
print(next((i for i in range(10) if i > 6), 'none'))
print(next((i for i in range(3) if i > 6), 'none'))
print(sorted((x % 3, x) for x in range(6)))
try:
    (1 / x for x in [1, 0])
    print('no error until consumed')
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
