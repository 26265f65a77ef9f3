# bytearray mutation: item and slice assignment, deletion, append/extend/insert/pop/remove/clear.
b = bytearray(b'abcdef')
b[0] = 65
b[-1] = 0x46
print(b)
b[1:3] = b'XYZ'
print(b)
b[1:4] = [1, 2]
print(b)
b[2:2] = bytearray(b'__')
print(b)
b[4:1] = b'<>'
print(b)
b[:] = range(3)
print(b)
b[len(b):] = b'end'
print(b, len(b))
b = bytearray(b'abcdefgh')
b[::2] = b'1234'
print(b)
b[7:0:-3] = [65, 66, 67]
print(b)
b[::3] = b''
print(b)
b = bytearray(b'abcdefgh')
del b[0]
del b[-1]
print(b)
del b[::2]
print(b)
del b[::-1]
print(b)
b = bytearray(b'0123456789')
del b[1:8:3]
print(b)
del b[2:]
print(b)
b[:] = b
print(b)
b.extend(b)
print(b)
b = bytearray()
b.append(104)
b.append(True)
b.extend(b'ey')
b.extend([33, 63])
b.extend(bytearray(b'!'))
b.extend(x for x in (1, 2))
b.extend(range(3))
print(b)
b.insert(0, 65)
b.insert(-1, 66)
b.insert(100, 67)
b.insert(-100, 68)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(104)
print(b)
c = b.copy()
b.reverse()
print(b, c, c is b)
b.clear()
print(b, len(b), c)
e = bytearray(b'xy')
e.clear()
e.append(1)
print(e)
