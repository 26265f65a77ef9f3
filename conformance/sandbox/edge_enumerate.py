# integer-overflow edges: enumerate
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
show(0, lambda: list(enumerate("ab", 2**63)))
show(1, lambda: list(enumerate("ab", 2**63 - 1)))
show(2, lambda: list(enumerate("ab", -2**63 - 1)))
show(3, lambda: list(zip(range(2**63, 2**63 + 2), "ab")))
show(4, lambda: next(iter(range(2**63 - 1, 2**63 + 1))))
