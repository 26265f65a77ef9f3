# integer-overflow edges: slice assign
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
show(0, lambda: (lambda l: l.__setitem__(slice(2**63, None), [9]) or l)([1, 2]))
show(1, lambda: (lambda l: l.__setitem__(slice(None, None, 2**63), [9]) or l)([1, 2]))
show(2, lambda: (lambda l: l.__delitem__(slice(None, None, 2**62)) or l)([1, 2, 3]))
show(3, lambda: (lambda l: l.__delitem__(slice(None, None, -2**62)) or l)([1, 2, 3]))
show(4, lambda: (lambda l: l.__setitem__(slice(-2**63, 2**63), []) or l)([1, 2, 3]))
show(5, lambda: (lambda l: l.__setitem__(slice(1, 2), range(5)) or l)([1, 2, 3]))
