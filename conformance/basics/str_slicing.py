# String indexing and slicing: negative indices, out-of-range slices, steps, copies.
s = 'abcdefghij'
print(s[0], s[-1], s[5], s[-10])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2], s[3:3], s[5:2])
print(s[::2], s[1::2], s[::3], s[2:8:2], s[2:8:3])
print(s[100:], s[-100:3], s[3:100], repr(s[100:200]), s[-100:-50] == '')
print(s[None:None], s[None:4], s[4:None:None])
print(s[slice(2, 6)], s[slice(None, None, -2)], s[slice(-3, None)])
for i in [10, -11, 100]:
    try:
        s[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s['1']
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
print(s[True], s[False:True + 2])
u = 'ünïcödé🙂'
print(u[0], u[-1], u[2:5], u[::-1], len(u[1:-1]))
print(''[:], ''[5:], repr(''[::-1]))
