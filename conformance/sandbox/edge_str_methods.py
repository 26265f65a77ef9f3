# integer-overflow edges: str methods
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
show(0, lambda: "abc".find("b", 2**63))
show(1, lambda: "abc".find("b", -2**63))
show(2, lambda: "abc".count("", 2**63))
show(3, lambda: "abc".index("c", -2**100, 2**100))
show(4, lambda: "abc".center(2**63))
show(5, lambda: "abc".ljust(-2**63))
show(6, lambda: "abc".zfill(-2**63))
show(7, lambda: "abc".expandtabs(2**63))
show(8, lambda: "a\tb".expandtabs(-2**63))
show(9, lambda: "abc".split("b", 2**63))
show(10, lambda: "abc".split("b", -2**63))
show(11, lambda: "abc".replace("b", "x", 2**63))
show(12, lambda: "abc".rsplit(None, 2**63))
show(13, lambda: "abc".startswith("a", 2**63))
show(14, lambda: "abc".endswith("c", -2**63, 2**63))
show(15, lambda: "abc".rfind("", 2**63))
