# Mutating a dict while iterating raises RuntimeError; safe patterns iterate over copies.
d = {'a': 1, 'b': 2, 'c': 3}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {'a': 1, 'b': 2, 'c': 3}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {'a': 1, 'b': 2, 'c': 3}
for k in d:
    d[k] = d[k] * 10
print(d)
for k in list(d):
    if d[k] > 10:
        del d[k]
print(d)
d = {i: i for i in range(6)}
d = {k: v for k, v in d.items() if v % 2}
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {'x': 1}
try:
    for k, v in d.items():
        d.pop(k)
        d['y'] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
