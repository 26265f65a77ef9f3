# recursion through a list comprehension
def f():
    return [f() for _ in [1]]
f()
