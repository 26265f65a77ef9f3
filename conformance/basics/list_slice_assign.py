# Slice assignment: growing, shrinking, inserting, replacing with any iterable, self-assignment.
a = list(range(6))
a[1:3] = ['a', 'b', 'c', 'd']
print(a)
a[1:5] = []
print(a)
a[2:2] = [9, 9]
print(a)
a[:] = 'xyz'
print(a)
a[len(a):] = range(3)
print(a)
a[:0] = (None,)
print(a)
a[-2:] = [100]
print(a)
a[5:1] = ['inserted at 5']
print(a)
a[100:200] = ['appended']
print(a)
a[-100:1] = ['replaced first']
print(a)
b = [1, 2, 3]
b[:] = b
print(b)
b[1:2] = b
print(b)
c = [1, 2, 3]
c[0:1] = (x * 10 for x in range(3))
print(c)
c[1:3] = {'k': 0, 'j': 1}
print(c)
try:
    c[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    c[0:1] = None
except TypeError as e:
    print(type(e).__name__, e)
d = [0] * 4
d[1:3] = 'ab'
print(d)
