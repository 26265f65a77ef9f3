# del of subscripts and slices on lists and dicts, including extended slices and errors.
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
lst = list(range(10))
del lst[::-3]
print(lst)
del lst[100:]
print(lst)
del lst[:]
print(lst)
lst = list(range(6))
del lst[1], lst[1]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
try:
    del lst[50]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t = (1, 2)
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = 'abc'
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
nested = {'x': [1, 2, {'y': 3, 'z': 4}]}
del nested['x'][2]['y']
del nested['x'][0]
print(nested)
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
lst = list(range(5))
del lst[-2:]
print(lst)
lst = list(range(5))
del lst[3:1]
print(lst)
