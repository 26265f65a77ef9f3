# integer-overflow edges: pow
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
show(0, lambda: pow(2, -1))
show(1, lambda: pow(2, 2**63, 7))
show(2, lambda: pow(2, -2**63, 7))
show(3, lambda: pow(3, 10**100, 10**9 + 7))
show(4, lambda: pow(0, -1))
show(5, lambda: pow(0, 0))
show(6, lambda: pow(-1, 2**63))
show(7, lambda: pow(-1, 2**63 + 1))
show(8, lambda: pow(1, 2**100))
show(9, lambda: pow(0, 2**100))
show(10, lambda: pow(2, 10, 0))
show(11, lambda: (-8) ** (1 / 3))
show(12, lambda: 0.0 ** -1)
show(13, lambda: (-2) ** 63)
show(14, lambda: (-2) ** 64)
