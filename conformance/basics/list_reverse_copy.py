# list.reverse/copy, reversed(), slicing copies, shallow copy semantics.
a = [1, [2, 3], 'x']
b = a.copy()
c = a[:]
d = list(a)
print(b == a, b is a, c is a, d is a, b[1] is a[1])
b[1].append(4)
print(a, b, c)
a.reverse()
print(a.reverse(), a)
a.reverse()
print(a)
print(list(reversed(a)), a[::-1], reversed(a) is not None)
e = []
e.reverse()
print(e, e.copy(), [].copy() is not e)
f = [1, 2, 3, 4]
r = reversed(f)
print(next(r), next(r))
f.reverse()
print(f)
try:
    a.copy(1)
except TypeError as e:
    print(type(e).__name__, e)
