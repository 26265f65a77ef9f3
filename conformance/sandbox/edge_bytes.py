# integer-overflow edges: bytes
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
show(0, lambda: bytes(2**63))
show(1, lambda: bytes(-1))
show(2, lambda: bytearray(2**63))
show(3, lambda: bytes([256]))
show(4, lambda: bytes([-1]))
show(5, lambda: bytes([2**63]))
show(6, lambda: b"abc".find(2**8))
show(7, lambda: b"abc".count(-1))
show(8, lambda: bytes.fromhex("0" * 3))
show(9, lambda: b"\xff" * 0)
show(10, lambda: (2**63).to_bytes(8, "big"))
show(11, lambda: (2**63 - 1).to_bytes(8, "big"))
show(12, lambda: (-2**63).to_bytes(8, "big", signed=True))
show(13, lambda: (2**63).to_bytes(8, "big", signed=True))
show(14, lambda: (1).to_bytes(-1, "big"))
show(15, lambda: (1).to_bytes(2**63, "big"))
show(16, lambda: int.from_bytes(b"\xff" * 8, "big", signed=True))
show(17, lambda: int.from_bytes(b"\x80" + b"\x00" * 7, "big", signed=True))
