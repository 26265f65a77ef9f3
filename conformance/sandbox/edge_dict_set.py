# integer-overflow edges: dict set
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
show(0, lambda: {2**63: 1}[2**63])
show(1, lambda: {-2**63: 1}.get(-2**63))
show(2, lambda: {2**64: 1}.get(0))
show(3, lambda: len({2**63, 2**63 + 0, float(2**63)}))
show(4, lambda: {1: 2}.pop(2**100, "d"))
show(5, lambda: sorted({2**63 - 1, 2**63, -2**63}))
