# integer-overflow edges: slice
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
show(0, lambda: [1, 2, 3][2**63:])
show(1, lambda: [1, 2, 3][-2**100:2**100])
show(2, lambda: "abc"[::2**63])
show(3, lambda: "abc"[::-2**63])
show(4, lambda: [1, 2, 3][::-(2**63)])
show(5, lambda: [1, 2, 3][::-(2**100)])
show(6, lambda: [1, 2, 3][2**62::-1])
show(7, lambda: [1, 2, 3][-2**62::])
show(8, lambda: b"abc"[::2**64])
show(9, lambda: (1, 2, 3)[::2**31])
show(10, lambda: [1, 2, 3][::0])
show(11, lambda: range(10)[2**63:2**64])
show(12, lambda: range(10)[::-2**63])
show(13, lambda: "abc"[-2**63:-2**63 + 5])
show(14, lambda: slice(2**63, -2**63, 2**63).indices(10))
show(15, lambda: slice(None, None, -2**63).indices(2**62))
show(16, lambda: slice(0, 10, 0).indices(5))
