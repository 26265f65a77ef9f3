# integer-overflow edges: string int mul
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
show(0, lambda: len("ab" * 2**30 if False else "ab" * 3))
show(1, lambda: "ab" * True)
show(2, lambda: "ab" * False)
show(3, lambda: [1] * True)
show(4, lambda: len("x" * 0 * 2**63))
