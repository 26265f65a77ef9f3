# def f(): f()
def f():
    f()
f()
