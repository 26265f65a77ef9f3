# bytes basics: literals, len, indexing gives ints, iteration, membership, immutability.
b = b'hello'
print(b, len(b), b[0], b[-1], type(b[0]).__name__, list(b))
print(b'h' in b, b'ell' in b, 104 in b, 0 in b, b'' in b, b'xyz' in b)
print([x for x in b'AB'], tuple(b'\x00\xff'), sum(b'abc'))
print(b'' == bytes(), b'abc' == b'abc', b'abc' == 'abc', b'a' < b'b', b'ab' < b'abc')
print(b'\x00\x01', b'\t\n\r', b"it's", b'"q"', b'\\', b'\x7f\x80')
try:
    b[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    256 in b
except ValueError as e:
    print(type(e).__name__, e)
try:
    'h' in b
except TypeError as e:
    print(type(e).__name__, e)
print(hash(b'') == hash(b''), isinstance(b, bytes), type(b).__name__)
print(bytes is not str, b.isascii(), b'\xff'.isascii())
