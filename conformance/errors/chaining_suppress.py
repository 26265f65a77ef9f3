# raise ... from None suppresses context display but __context__ is still recorded.
def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f'missing {k}') from None
try:
    get({}, 'x')
except LookupError as e:
    print(type(e).__name__, e)
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
e = RuntimeError()
print(e.__suppress_context__)
e.__suppress_context__ = True
print(e.__suppress_context__)
try:
    try:
        raise ValueError('a')
    except ValueError:
        err = TypeError('b')
        err.__cause__ = None
        raise err
except TypeError as t:
    print(repr(t.__context__), t.__cause__, t.__suppress_context__)
try:
    raise ValueError('x') from KeyError('y')
except ValueError as v:
    v.__cause__ = None
    print(v.__cause__, v.__suppress_context__)
