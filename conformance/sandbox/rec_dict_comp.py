# recursion through a dict comprehension
def f():
    return {k: f() for k in [1]}
f()
