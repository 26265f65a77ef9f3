# integer-overflow edges: arith 31
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
show(0, lambda: (2**31 - 1) + 1)
show(1, lambda: -(2**31) - 1)
show(2, lambda: (2**31) * 2)
show(3, lambda: (2**32) * (2**32))
show(4, lambda: (-2**31) // -1)
show(5, lambda: (2**31) % 7)
show(6, lambda: (-2**31) % 7)
show(7, lambda: divmod(2**31, -3))
show(8, lambda: int(2**31 + 0.5))
show(9, lambda: float(2**63))
show(10, lambda: int(float(2**63)))
show(11, lambda: int(-9.3e18))
