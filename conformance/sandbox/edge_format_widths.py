# integer-overflow edges: format widths
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
show(0, lambda: format(1, "2147483648"))
show(1, lambda: format(1, ".2147483648"))
show(2, lambda: format(1.0, ".2147483648f"))
show(3, lambda: "{:2147483648}".format(1))
show(4, lambda: "%2147483648d" % 1)
show(5, lambda: "%.2147483648f" % 1.0)
show(6, lambda: "%*d" % (2**31, 1))
show(7, lambda: "%*d" % (2**63, 1))
show(8, lambda: "%.*f" % (2**31, 1.0))
show(9, lambda: format(1, "99999999999999999999"))
show(10, lambda: f"{1:{2**63}}")
show(11, lambda: format("a", "<-1"))
