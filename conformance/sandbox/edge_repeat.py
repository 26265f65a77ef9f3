# integer-overflow edges: repeat
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
show(0, lambda: "a" * 2**63)
show(1, lambda: "a" * (2**63 - 1))
show(2, lambda: "ab" * 2**62)
show(3, lambda: "a" * -2**63)
show(4, lambda: "a" * (-2**63 - 1))
show(5, lambda: [0] * 2**62)
show(6, lambda: [0] * 2**63)
show(7, lambda: (0,) * 2**62)
show(8, lambda: b"a" * 2**63)
show(9, lambda: b"ab" * 2**62)
show(10, lambda: "" * 2**63)
show(11, lambda: "" * (2**63 - 1))
show(12, lambda: [] * (2**63 - 1))
