# integer-overflow edges: shift
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
show(0, lambda: 1 << 63)
show(1, lambda: 1 << 64)
show(2, lambda: -1 << 63)
show(3, lambda: (2**63 - 1) << 1)
show(4, lambda: 1 >> 2**63)
show(5, lambda: -1 >> 2**63)
show(6, lambda: -1 >> 2**100)
show(7, lambda: 1 >> 2**100)
show(8, lambda: 0 << 2**63)
show(9, lambda: 0 << 2**100)
show(10, lambda: 1 << -1)
show(11, lambda: (1 << 62) << 1)
show(12, lambda: (2**64) >> 1)
show(13, lambda: 5 >> 64)
show(14, lambda: -5 >> 64)
