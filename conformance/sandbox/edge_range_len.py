# integer-overflow edges: range len
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
show(0, lambda: len(range(2**63)))
show(1, lambda: len(range(2**63 - 1)))
show(2, lambda: len(range(-2**63, 2**63)))
show(3, lambda: len(range(0, 2**64, 2**62)))
show(4, lambda: range(2**64)[2**63])
show(5, lambda: range(2**100)[-1])
show(6, lambda: range(10)[2**63])
show(7, lambda: range(10)[-2**63 - 1])
show(8, lambda: range(2**100)[::2**62][1])
show(9, lambda: len(range(2**100)[::2**99]))
show(10, lambda: range(2**63).index(2**62))
show(11, lambda: 2**62 in range(2**63))
show(12, lambda: range(-2**63, 2**63 - 1)[-1])
show(13, lambda: range(0, -2**63, -1)[2**63 - 1])
show(14, lambda: len(range(0, 2**63, 3)))
show(15, lambda: list(range(2**63 - 2, 2**63 + 2)))
show(16, lambda: range(2**63).count(5))
show(17, lambda: reversed(range(2**63)).__next__())
show(18, lambda: sum(range(2**62, 2**62 + 4)))
