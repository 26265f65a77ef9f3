# Dict comprehensions: key collisions keep the last value, insertion order, conditions.
print({x: x * x for x in range(5)})
print({k: v for k, v in [('a', 1), ('b', 2), ('a', 3)]})
print({x % 3: x for x in range(10)})
print({v: k for k, v in {'a': 1, 'b': 2}.items()})
print({c: 'abcabc'.count(c) for c in 'abcabc'})
print({w: len(w) for w in 'one two three'.split() if len(w) > 3})
print({i: {j: i * j for j in range(2)} for i in range(2)})
print({(i, j): i + j for i in range(2) for j in range(2)})
print({str(i): i for i in range(3)})
keys = ['x', 'y', 'z']
print({k: i for i, k in enumerate(keys)})
print({k: None for k in []})
print({1: 'a', True: 'b', 1.0: 'c'})
print({k: v for k, v in zip('ab', range(10))})
d = {x: x for x in range(3)}
print(type(d).__name__, len(d))
try:
    print({[i]: i for i in range(2)})
except TypeError as e:
    print(type(e).__name__, e)
