# Nested function definitions: helpers, qualname, recursion of inner functions.
def outer(n):
    def helper(x):
        return x * 2
    def rec(k):
        return 0 if k == 0 else k + rec(k - 1)
    return helper(n), rec(n)
print(outer(4))
def make_ops():
    def add(a, b):
        return a + b
    def sub(a, b):
        return a - b
    return {'add': add, 'sub': sub}
ops = make_ops()
print(ops['add'](3, 4), ops['sub'](3, 4))
print(ops['add'].__name__, ops['add'].__qualname__)
def a():
    def b():
        def c():
            return 'deep'
        return c
    return b
print(a()()(), a()().__qualname__)
def pipeline(*fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run
p = pipeline(lambda x: x + 1, lambda x: x * 3, str)
print(repr(p(4)))
def conditional_def(flag):
    if flag:
        def f():
            return 'yes'
    else:
        def f():
            return 'no'
    return f()
print(conditional_def(True), conditional_def(False))
def redefine():
    def f():
        return 1
    first = f()
    def f():
        return 2
    return first, f()
print(redefine())
print(outer.__name__, outer.__qualname__)
