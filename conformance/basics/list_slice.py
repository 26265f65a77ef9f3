# List slicing: copies, negative indices, steps, out-of-range bounds.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1])
print(a[100:], a[-100:2], a[5:5], a[7:3], a[3:7:-1], a[::100], a[::-100])
print(a[slice(2, 8, 2)], a[slice(None)], a[slice(-2, None)])
s = a[:]
s[0] = 'changed'
print(a[0], s[0])
nested = [[1, 2], [3, 4]]
copy = nested[:]
copy[0][0] = 'shared'
print(nested)
print(a[True:3], a[-True:])
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a['1':]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[1.5]
except TypeError as e:
    print(type(e).__name__, e)
print(a[10 ** 20:], a[-10 ** 20:1])
