# bytes(): from int size, iterables of ints, str with encoding, bytes, and errors.
print(bytes(), bytes(0), bytes(3), bytes([65, 66, 67]), bytes((0, 255)), bytes(range(3)))
print(bytes('héllo', 'utf-8'), bytes('abc', encoding='ascii'), bytes(b'copy'), bytes(iter([104, 105])))
print(bytes('é', 'latin-1'), bytes('x', 'utf-8', 'strict'), bytes(x for x in [1, 2]))
for bad in [[256], [-1], ['a'], [1.0]]:
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for args in [('abc',), (-1,), (1.5,), (None,), ('é', 'ascii')]:
    try:
        bytes(*args)
    except (ValueError, TypeError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
try:
    bytes(5, 'utf-8')
except TypeError as e:
    print(type(e).__name__, e)
print(bytes([True, False]), list(bytes(2)), bytes.fromhex('41') + bytes([66]))
