# integer-overflow edges: chr ord
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, type(e).__name__)
        return
    if isinstance(r, (str, bytes, list, tuple, bytearray)) and len(r) > 50:
        print(label, type(r).__name__, len(r))
    else:
        print(label, repr(r))
show(0, lambda: chr(2**31))
show(1, lambda: chr(2**63))
show(2, lambda: chr(-1))
show(3, lambda: chr(0x110000))
show(4, lambda: chr(0x10ffff) == "\U0010ffff")
show(5, lambda: ord("\U0010ffff"))
show(6, lambda: chr(-2**63))
show(7, lambda: hex(2**63))
show(8, lambda: oct(-2**63))
show(9, lambda: bin(2**64)[:5])
