# Error messages specific to bytes operations.
calls = [lambda: b'a'[5], lambda: b'a' + 'b', lambda: bytes([300]), lambda: b'x'.decode('ascii', 'nope'),
         lambda: bytes('abc'), lambda: b'abc'.index(b'z'), lambda: b'ab'.split(b''),
         lambda: bytes.fromhex('f'), lambda: b'a'.join(['b']), lambda: b'%d' % 'x',
         lambda: b'a'.center(3, b'ab'), lambda: ord(b'ab'), lambda: b'\xff'.decode(),
         lambda: int(b'\xff'), lambda: b'a'.count(), lambda: b'abc'[1.5]]
for i, call in enumerate(calls):
    try:
        print(i, call())
    except (TypeError, ValueError, IndexError, LookupError) as e:
        print(i, type(e).__name__, e)
