# Chained assignment: evaluation order, shared objects, mixed target kinds.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
d = {}
d['k'] = e = d2 = [1, 2]
print(d, e, d2 is e)
p, q = r = (1, 2)
print(p, q, r)
s = [0, 0, 0]
i = 0
i = s[i] = 2
print(i, s)
lst = [0, 0, 0, 0]
j = 1
lst[j] = j = 3
print(lst, j)
m = n = 'str'
m += 'x'
print(m, n)
t = u = (1,)
t += (2,)
print(t, u)
v = w = [1]
v += [2]
print(v, w)
log = []
def f(tag, val):
    log.append(tag)
    return val
z = f('rhs', 7)
print(z, log)
k1 = k2 = k3 = None
print(k1 is None and k2 is None and k3 is None)
first, *rest = last = [1, 2, 3]
print(first, rest, last)
