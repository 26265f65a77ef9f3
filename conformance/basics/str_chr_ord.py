# chr and ord: full code point range, surrogates, multi-char errors, bytes of length 1.
print(ord('A'), ord('a'), ord('0'), ord(' '), ord('\n'), ord('\x00'), ord('é'), ord('🙂'))
print(chr(65), chr(97), repr(chr(0)), chr(0x20ac), chr(0x1f600), repr(chr(0xd800)))
print(ord(chr(0x10ffff)), [chr(i) for i in range(ord('a'), ord('f'))])
print(ord(b'A'), ord(b'\xff'), ord(bytes([0])))
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
for bad in [-1, 0x110000, 2 ** 40]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ['', 'ab', b'', b'ab']:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ord(65)
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr('A')
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(65.0)
except TypeError as e:
    print(type(e).__name__, e)
print(chr(True), ord('\uffff'))
