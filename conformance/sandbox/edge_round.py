# integer-overflow edges: round
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
show(0, lambda: round(1.5, -10**20))
show(1, lambda: round(1.5, 10**20))
show(2, lambda: round(2**63, -1))
show(3, lambda: round(-2**63 - 5, -1))
show(4, lambda: round(12345, 2**63))
show(5, lambda: round(1.25, -2**63))
show(6, lambda: round(float("inf")))
show(7, lambda: round(float("nan")))
show(8, lambda: round(1e308, -308))
show(9, lambda: round(0.5, 2**31))
