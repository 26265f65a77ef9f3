# integer-overflow edges: hash int
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
show(0, lambda: hash(2**61 - 1))
show(1, lambda: hash(2**61))
show(2, lambda: hash(-2**63))
show(3, lambda: hash(2**63))
show(4, lambda: hash(-1))
show(5, lambda: hash(-2))
show(6, lambda: hash(2**64 + 1))
show(7, lambda: hash(-(2**61 - 1)))
show(8, lambda: hash(1.0) == hash(1))
show(9, lambda: hash(2.0**63) == hash(2**63))
