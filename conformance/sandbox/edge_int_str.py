# integer-overflow edges: int str
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
show(0, lambda: int("1" * 4300) % 9)
show(1, lambda: int("1" * 4301))
show(2, lambda: len(str(10 ** 4299)))
show(3, lambda: str(10 ** 4300))
show(4, lambda: int("0x" + "f" * 100000, 16) % 7)
show(5, lambda: int("f" * 100000, 16) % 7)
show(6, lambda: len(hex(1 << 100000)))
show(7, lambda: int("_1"))
show(8, lambda: int("1_000_000"))
show(9, lambda: int(" 42 "))
show(10, lambda: int("42", 2**63))
show(11, lambda: int("42", 37))
show(12, lambda: int("z", 36))
show(13, lambda: int("9" * 4300) % 10)
show(14, lambda: "{:d}".format(10 ** 5000))
