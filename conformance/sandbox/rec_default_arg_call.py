# recursion through keyword calls
def f(**kw):
    return f(**kw)
f(a=1)
