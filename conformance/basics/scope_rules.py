# LEGB name resolution: local, enclosing, global, builtin; shadowing builtins and undoing it.
x = 'global'
def f():
    return x
def g():
    x = 'local'
    return x
def h():
    x = 'enclosing'
    def inner():
        return x
    return inner()
print(f(), g(), h(), x)
def uses_len():
    return len('abc')
len = lambda s: 'shadowed'
print(len('abc'), uses_len())
del len
print(len('abc'), uses_len())
def local_shadow():
    print = 'not a function'
    return print
print(local_shadow())
def class_like():
    list = [1, 2]
    return list
print(class_like(), list('ab'))
def order():
    try:
        return y
    except NameError as e:
        return str(e)
print(order())
y = 'defined later'
print(order())
def unbound():
    z = 1
    def inner():
        return z + w
    w = 2
    return inner()
print(unbound())
def assign_later():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 'local now'
    return x
print(assign_later())
