# bytes split/rsplit/splitlines/join/partition/replace.
b = b'  a b\tc\n d  '
print(b.split(), b.split(b' '), b.split(None, 1), b.rsplit(None, 1))
print(b'a,b,,c'.split(b','), b'a,b,,c'.split(b',', 1), b'a,b,,c'.rsplit(b',', 1))
print(b'x\ny\r\nz\rw'.splitlines(), b'x\ny\n'.splitlines(True), b''.splitlines())
print(b'-'.join([b'a', b'b', b'c']), b''.join([]), b', '.join((b'x', bytes(b'y'))))
print(b'key=val=x'.partition(b'='), b'key=val=x'.rpartition(b'='), b'none'.partition(b'='))
print(b'aaa'.replace(b'a', b'bb'), b'abc'.replace(b'', b'-'), b'abab'.replace(b'ab', b'', 1))
print(b'a\x85b'.split(), b'a\x1cb'.splitlines(), b'a\x0bb'.split())
try:
    b'-'.join([b'a', 'b'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'-'.join([b'a', 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'a'.split('a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'abc'.split(b'')
except ValueError as e:
    print(type(e).__name__, e)
