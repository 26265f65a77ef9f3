# integer-overflow edges: list assign index
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
show(0, lambda: (lambda l: l.__setitem__(2**63, 0))([1]))
show(1, lambda: (lambda l: l.__setitem__(-2**63, 0))([1]))
show(2, lambda: (lambda l: l.__delitem__(2**31))([1]))
show(3, lambda: (lambda l: l.pop(2**63))([1]))
show(4, lambda: (lambda l: l.pop(-2**63))([1]))
show(5, lambda: (lambda l: l.insert(2**63, 9) or l)([1]))
show(6, lambda: (lambda l: l.insert(2**62, 9) or l)([1]))
show(7, lambda: (lambda l: l.insert(-2**62, 9) or l)([1]))
