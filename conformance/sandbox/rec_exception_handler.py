# recursion inside except blocks (each level holds an exception)
def f():
    try:
        raise ValueError
    except ValueError:
        f()
f()
