# Set operations on keys() and items() views return sets; print them sorted.
a = {'x': 1, 'y': 2, 'z': 3}
b = {'y': 20, 'z': 3, 'w': 4}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()))
print(sorted(a.keys() ^ b.keys()), sorted(a.items() & b.items()), sorted(a.items() - b.items()))
print(type(a.keys() & b.keys()).__name__, a.keys() & {'x', 'q'} == {'x'})
print(sorted(a.keys() | ['extra']), sorted(a.keys() - ['x']), a.keys().isdisjoint(['q']))
print(a.keys() <= {'x', 'y', 'z', 'w'}, a.keys() < a.keys(), a.keys() >= {'x'})
n = {1: 'a', 2: 'b', 3: 'c'}
m = {2: 'b', 3: 'x', 4: 'd'}
print(n.keys() & m.keys(), n.keys() | m.keys(), n.keys() - m.keys(), n.keys() ^ m.keys())
try:
    a.values() & b.values()
except TypeError as e:
    print(type(e).__name__, e)
