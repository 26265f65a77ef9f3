# type(name, bases, dict) cannot subclass builtins into anything dangerous
try:
    T = type('T', (object,), {'x': 1})
    print(T.__name__)
except (TypeError, NotImplementedError):
    print('T')
