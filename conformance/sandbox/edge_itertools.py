# integer-overflow edges: itertools
import itertools
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
show(0, lambda: list(itertools.islice(range(10), 2**63)))
show(1, lambda: list(itertools.islice(range(10), 2**62, None)))
