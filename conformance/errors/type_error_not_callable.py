# "'X' object is not callable" for every builtin value type.
for v in ['str', 1, 1.5, None, [1], (1,), {'a': 1}, {1}, b'x', True, range(3), ValueError('e')]:
    try:
        v()
    except TypeError as e:
        print(type(e).__name__, e)
x = 5
try:
    x(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
d = {'f': 'not a function'}
try:
    d['f']()
except TypeError as e:
    print(type(e).__name__, e)
len = 3
try:
    len('abc')
except TypeError as e:
    print(type(e).__name__, e)
del len
print(len('abc'))
try:
    (1, 2)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.upper()()
except TypeError as e:
    print(type(e).__name__, e)
