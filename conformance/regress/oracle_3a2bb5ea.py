# oracle find: int.to_bytes(0, ...) of 0 (and of -1 when signed) is b'' in CPython, not OverflowError
print((0).to_bytes(0, 'big'), (0).to_bytes(0, 'little', signed=True))
print((-1).to_bytes(0, 'big', signed=True))
for v, signed in [(1, False), (-2, True), (127, True), (-1, False)]:
    try:
        print((v).to_bytes(0, 'big', signed=signed))
    except OverflowError as e:
        print(v, signed, type(e).__name__, e)
