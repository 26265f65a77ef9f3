# code objects cannot be built by hand
def f():
    return 1
code = getattr(f, '__code__', None)
try:
    t = type(code)
    t(0, 0, 0, 0, 0, 0, b'', (), (), (), '', '', 0, b'')
    print('made a code object')
except (TypeError, AttributeError, ValueError):
    print('refused')
