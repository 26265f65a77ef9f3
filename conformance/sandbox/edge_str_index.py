# integer-overflow edges: str index
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
show(0, lambda: "abc"[2**63])
show(1, lambda: "abc"[2**63 - 1])
show(2, lambda: "abc"[-2**63])
show(3, lambda: "abc"[2**31])
show(4, lambda: "abc"[2**32])
show(5, lambda: b"abc"[2**63])
show(6, lambda: b"abc"[-2**63 - 1])
show(7, lambda: (1, 2)[2**64])
