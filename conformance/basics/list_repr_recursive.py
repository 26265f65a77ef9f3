# repr of self-referencing containers prints [...] / {...} instead of recursing.
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {'k': 1}
d['self'] = d
print(d)
b = [a, a]
print(b)
x = []
y = [x]
x.append(y)
print(x, y)
e = {'list': []}
e['list'].append(e)
print(e)
t = ([],)
t[0].append(t)
print(t)
print(str(a), repr(d))
