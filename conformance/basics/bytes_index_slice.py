# bytes indexing and slicing: ints vs bytes results, negative steps, out of range.
b = b'abcdefgh'
print(b[0], b[-1], b[2:5], b[:3], b[5:], b[::2], b[::-1], b[-3:-1], b[6:2:-2])
print(b[100:], b[-100:2], b[2:2], b[slice(1, 7, 3)], type(b[1:2]).__name__)
print(b[0:1] == b'a', b[0] == ord('a'), b[0] == b'a')
for i in [8, -9]:
    try:
        b[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    b['x']
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[::0]
except ValueError as e:
    print(type(e).__name__, e)
print(bytes(b[::-1]) == b[::-1], b[:] == b)
