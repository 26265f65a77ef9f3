# repr of bytes: printable ASCII as-is, \t \n \r, \\ and \xNN for the rest, quote choice.
for b in [b'', b'abc', b'\x00', b'\t\n\r', b'\x0b\x0c', b'\\', b"'", b'"', b'\'"', b'\x7f',
          b'\x80\xff', b'caf\xc3\xa9', bytes(range(28, 36)), b' ~', b'it\'s']:
    print(repr(b), str(b), len(repr(b)))
print([b'a'], (b'',), {b'k': b'v'})
print(repr(bytes([7, 8, 27, 127, 128])))
