# recursion inside finally blocks
def f():
    try:
        pass
    finally:
        f()
f()
