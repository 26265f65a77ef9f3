# Dict union operators | and |= (3.9+): right side wins, |= accepts any mapping/pairs.
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a, b)
c = a
c |= b
print(c, a is c)
c |= [('w', 0)]
print(c)
c |= {}
print({} | {}, {1: 1} | {1.0: 'float key keeps int'})
try:
    a | [('q', 1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | None
except TypeError as e:
    print(type(e).__name__, e)
try:
    c |= 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    c |= [1]
except TypeError as e:
    print(type(e).__name__, e)
merged = {}
for part in [{'a': 1}, {'b': 2}, {'a': 3}]:
    merged = merged | part
print(merged)
print({**a, **b} == a | b)
