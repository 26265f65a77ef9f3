# bytearray operators: + * += *= % between bytearray, bytes and ints; hashing; in-place identity.
a = bytearray(b'ab')
print(a + b'cd', b'cd' + a, a + a, a + bytearray(b'!'), type(a + b'x').__name__, type(b'x' + a).__name__)
print(a * 3, 3 * a, a * 0, a * -1, bytearray() * 5, a * True, False * a)
b = a
a += b'cd'
print(a, b, a is b)
a += bytearray(b'e')
a *= 2
print(a, a is b)
a *= 0
print(a, b, len(b))
empty = bytearray()
empty += empty
print(empty)
fmt = bytearray(b'%s=%d (%x) %r %c%c %b')
print(fmt % (b'k', 42, 255, b'r', 65, b'B', bytearray(b'ba')))
print(b'%s|%b|%c' % (bytearray(b'x'), bytearray(b'y'), bytearray(b'z')))
print(bytearray(b'%5s|%-4d|') % (b'ab', 7), bytearray(b'100%%') % ())
print(b'%s' % bytearray(b'single'), bytearray(b'%s') % bytearray(b'q'))
d = bytearray(b'abc')
print(d[:] is d, d.copy() is d, d == d[:], list(map(lambda x: x ^ 1, d)))
c = d
c[0] = 90
print(d, c is d)
print(bytearray(b'abc').upper() is bytearray(b'abc'), bytes(d) == d)
for op in ['hash', 'dict', 'set']:
    try:
        if op == 'hash':
            hash(bytearray(b'x'))
        elif op == 'dict':
            {bytearray(): 1}
        else:
            {bytearray(b'a')}
    except TypeError as e:
        print(op, type(e).__name__, e)
