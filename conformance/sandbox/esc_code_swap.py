# replacing __code__ / co_code is refused (or harmless)
def f():
    return 1
def g():
    return 2
try:
    f.__code__ = g.__code__
except (AttributeError, TypeError):
    pass
print(f() in (1, 2))
try:
    c = f.__code__
    c.co_code = b'\x00' * 10
except (AttributeError, TypeError):
    pass
print(f() in (1, 2))
