# Augmented assignment on sequences: in-place list ops vs rebinding for tuples/strings.
a = [1, 2]
alias = a
a += [3]
print(a, alias, a is alias)
a += (4, 5)
print(a)
a += 'xy'
print(a)
a += range(2)
print(a)
a *= 2
print(len(a), alias is a)
b = [1]
b *= 0
print(b)
c = [1, 2]
c *= -3
print(c)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
t *= 2
print(t)
s = 'ab'
s2 = s
s += 'cd'
print(s, s2)
s *= 3
print(s)
bs = b'x'
bs += b'yz'
bs *= 2
print(bs)
d = {'a': 1}
dd = d
d |= {'b': 2}
print(d, dd is d)
try:
    t += [4]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a += 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst = [1]
    lst *= 'x'
except TypeError as e:
    print(type(e).__name__, e)
counts = {}
for w in 'a b a c b a'.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 5
grid[0][0] -= 1
print(grid)
nested = {'x': [1]}
nested['x'] += [2]
print(nested)
