# Exception objects as ordinary values: stored in lists, compared, re-raised later, classes in dicts.
errors = []
for s in ['1', 'a', '2', 'b']:
    try:
        int(s)
    except ValueError as e:
        errors.append(e)
print(len(errors), [str(e) for e in errors], [type(e).__name__ for e in errors])
e1 = ValueError('x')
e2 = ValueError('x')
print(e1 == e2, e1 is e2, e1.args == e2.args, e1 == e1)
handlers = {ValueError: 'value', KeyError: 'key', ZeroDivisionError: 'zero'}
def dispatch(exc):
    for cls, name in handlers.items():
        if isinstance(exc, cls):
            return name
    return 'unknown'
print([dispatch(x) for x in [ValueError(), KeyError(), ZeroDivisionError(), TypeError()]])
def make(kind, msg):
    return {'value': ValueError, 'type': TypeError}[kind](msg)
try:
    raise make('type', 'built dynamically')
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise errors[0]
except ValueError as e:
    print('re-raised stored:', e)
print(ValueError.__name__, type(errors[1]) is ValueError, isinstance(errors[1], Exception))
excs = (ValueError, TypeError)
try:
    int(None)
except excs as e:
    print('tuple from variable:', type(e).__name__)
