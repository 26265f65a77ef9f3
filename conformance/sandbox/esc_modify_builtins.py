# rebinding a builtin affects only this script
try:
    __builtins__['len'] = lambda x: 42
except (TypeError, NameError):
    try:
        __builtins__.len = lambda x: 42
    except (AttributeError, NameError):
        pass
print(len([1, 2]) in (2, 42))
len = lambda x: 7
print(len([1]))
del len
print(len([1]))
