# isinstance/issubclass with tuples, bool/int relation, nested tuples and errors.
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int))
print(isinstance(1, (str, int)), isinstance('a', (int, float)), isinstance([], (list, tuple)))
print(isinstance(1, (str, (float, int))), isinstance(None, type(None)), isinstance(int, type))
print(isinstance({}, dict), isinstance({}.keys(), dict), isinstance(range(1), range), isinstance(b'', bytes))
print(isinstance(ValueError(), Exception), isinstance(ValueError, Exception), isinstance(ValueError, type))
print(isinstance(1, object), isinstance(None, object), isinstance(len, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, int)), issubclass(int, object))
print(issubclass(KeyError, (ValueError, LookupError)), issubclass(type, object), issubclass(object, type))
print(isinstance(1, ()), issubclass(int, ()))
for call in [lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int),
             lambda: issubclass(int, 'x'), lambda: isinstance(1)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(1, (int, 1)))
