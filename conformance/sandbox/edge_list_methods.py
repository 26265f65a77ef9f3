# integer-overflow edges: list methods
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
show(0, lambda: [1, 2].index(1, 2**63))
show(1, lambda: [1, 2].index(2, -2**63))
show(2, lambda: [1, 2].index(2, -2**100, 2**100))
show(3, lambda: list(range(5))[2**62:2**62 + 1])
show(4, lambda: (1, 2).index(2, 0, 2**63))
show(5, lambda: [0].count(0))
show(6, lambda: sorted([2**63, -2**63, 2**63 - 1, 0]))
show(7, lambda: max(2**63, 2**63 - 1))
show(8, lambda: min(-2**63, -2**63 + 1))
show(9, lambda: sum([2**62, 2**62]))
show(10, lambda: sum([2**63 - 1, 1, -1]))
