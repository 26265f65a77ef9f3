# bytes strip family and padding use bytes arguments and ASCII whitespace only.
b = b' \t\n\x0b\x0cdata\r\n '
print(b.strip(), b.lstrip(), b.rstrip())
print(b'\xa0data\xa0'.strip(), b'\x85x\x85'.strip())
print(b'xxdataxx'.strip(b'x'), b'abcdatacba'.strip(b'abc'), b'data'.strip(b''))
print(b'7'.zfill(3), b'-7'.zfill(4), b'+'.zfill(3), b'ab'.center(7, b'-'), b'ab'.ljust(1))
try:
    b'x'.strip('x')
except TypeError as e:
    print(type(e).__name__, e)
