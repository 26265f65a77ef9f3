# list.append/extend/insert: in-place, return None, insert index clamping, self-extension.
a = [1, 2]
print(a.append(3), a)
a.append([4, 5])
print(a, len(a))
a.extend([6, 7])
a.extend((8,))
a.extend('xy')
a.extend(range(2))
a.extend({'k': 1})
a.extend(x * 10 for x in range(2))
print(a)
b = [1, 2]
b.extend(b)
print(b)
b.append(b[:])
print(b)
c = ['a', 'b', 'c']
c.insert(0, 'start')
c.insert(2, 'mid')
c.insert(100, 'end')
c.insert(-1, 'before last')
c.insert(-100, 'very start')
print(c)
d = []
d.insert(5, 'x')
d.insert(-5, 'y')
print(d)
try:
    a.append()
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.append(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.insert('0', 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.insert(0)
except TypeError as e:
    print(type(e).__name__, e)
e = []
for i in range(5):
    e.append(i * i)
print(e)
