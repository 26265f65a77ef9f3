# Assorted ValueError messages from builtins and methods.
calls = [
    lambda: [1, 2].remove(3), lambda: [1, 2].index(3), lambda: (1, 2).index(3), lambda: 'abc'.index('z'),
    lambda: range(3).index(5), lambda: chr(-1), lambda: int('x', 2), lambda: 'a'.split(''),
    lambda: ''.join(['a']).rindex('b'), lambda: bytes([256]), lambda: max([]), lambda: min([]),
    lambda: 'abc'.partition(''), lambda: list(zip([1], [], strict=True)), lambda: bytes.fromhex('zz'),
    lambda: (1).to_bytes(1, 'huge'), lambda: [1, 2, 3].__getitem__(slice(0, 3, 0)),
    lambda: 'abc'.count('a', 0, 1) and int('1 1'),
    lambda: float('1_'), lambda: pow(2, -1, 4), lambda: 1 << -1, lambda: range(1, 2, 0),
    lambda: 'abc'.encode('utf-8').decode('ascii', 'strict') and int('٣', 2),
]
for i, c in enumerate(calls):
    try:
        print(i, c())
    except ValueError as e:
        print(i, type(e).__name__, e)
