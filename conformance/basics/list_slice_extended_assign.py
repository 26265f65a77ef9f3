# Extended slice assignment and deletion: sizes must match, step errors.
a = list(range(10))
a[::2] = ['e'] * 5
print(a)
a[1::2] = 'ABCDE'
print(a)
a[::-1] = range(10)
print(a)
a[8:2:-3] = [None, None]
print(a)
a[::1] = [1, 2]
print(a)
b = list(range(10))
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[::-1] = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[::0] = []
except ValueError as e:
    print(type(e).__name__, e)
b[5:5:2] = []
print(b)
b[::3] = (x for x in 'wxyz')
print(b)
del b[::4]
print(b)
c = list(range(5))
c[::-2] = c[:3]
print(c)
