# '{0.__globals__[__builtins__]}' gives only the sandbox builtins
def f():
    pass
try:
    s = '{0.__globals__[__builtins__]}'.format(f)
except (AttributeError, KeyError, TypeError) as e:
    s = ''
print("'open'" in s, "'eval'" in s)
