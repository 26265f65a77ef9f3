# integer-overflow edges: arith 63
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
show(0, lambda: (-2**63) // -1)
show(1, lambda: -(-2**63))
show(2, lambda: abs(-2**63))
show(3, lambda: (-2**63) * -1)
show(4, lambda: 2**62 + 2**62)
show(5, lambda: (2**63 - 1) + 1)
show(6, lambda: (-2**63) - 1)
show(7, lambda: (-2**63) % -1)
show(8, lambda: divmod(-2**63, -1))
show(9, lambda: (2**63 - 1) * (2**63 - 1))
show(10, lambda: (-2**63) * (-2**63))
show(11, lambda: ~(2**63 - 1))
show(12, lambda: ~(-2**63))
show(13, lambda: (2**31) * (2**31))
show(14, lambda: -(2**31) * 2**32)
show(15, lambda: pow(-2**63, 1))
show(16, lambda: pow(2, 63))
show(17, lambda: (-2**63) // 1)
show(18, lambda: (-2**63) >> 1)
show(19, lambda: (2**63) & (2**63 - 1))
show(20, lambda: (-2**63) | 1)
show(21, lambda: (-2**63) ^ -1)
