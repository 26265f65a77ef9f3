# rebinding a builtin affects only this script
try:
    __builtins__['len'] = lambda x: 42
except TypeError:
    try:
        __builtins__.len = lambda x: 42
    except AttributeError:
        pass
print(len([1, 2]) in (2, 42))
