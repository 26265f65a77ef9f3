# integer-overflow edges: float int
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
show(0, lambda: int(float("inf")))
show(1, lambda: int(float("nan")))
show(2, lambda: int(1e308))
show(3, lambda: float(2**1024))
show(4, lambda: float(2**1023) * 2)
show(5, lambda: 2.0 ** 10000)
show(6, lambda: 10.0 ** -10000)
show(7, lambda: (2**1024) / 1)
show(8, lambda: (2**1024) / (2**1023))
show(9, lambda: (2**1024) // 1.5)
show(10, lambda: 1e308 * 10)
show(11, lambda: -1e308 * 10)
show(12, lambda: float("1e400"))
show(13, lambda: (2**63) / (2**-1 if False else 2))
show(14, lambda: divmod(1e308, 1e-308))
show(15, lambda: (1e308).is_integer())
show(16, lambda: float(10**400 // 10**100))
