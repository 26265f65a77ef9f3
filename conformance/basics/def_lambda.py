# lambda: defaults, varargs, closures, immediate calls, use as key functions.
sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
va = lambda *a, **k: (a, k)
print(va(1, 2, z=3))
print((lambda: 'called')())
print((lambda x, y: x ** y)(2, 10))
words = ['banana', 'Apple', 'cherry', 'date']
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
make = lambda n: lambda x: x * n
triple = make(3)
print(triple(5))
print(list(map(lambda x: x % 3, range(7))))
print(list(filter(lambda s: s.startswith('b'), ['ab', 'ba', 'bb'])))
cond = lambda x: 'even' if x % 2 == 0 else 'odd'
print([cond(i) for i in range(4)])
kwo = lambda *, k: k
print(kwo(k='kw'))
po = lambda a, /, b: (a, b)
print(po(1, b=2))
print(sq.__name__, (lambda: 0).__name__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, add)(2))
