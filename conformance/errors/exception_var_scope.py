# The "except ... as name" binding is deleted at the end of the handler, even if it existed.
e = 'outer value'
try:
    1 / 0
except ZeroDivisionError as e:
    print('inside:', type(e).__name__)
print('checking e')
try:
    e
except NameError as err:
    print('after handler:', type(err).__name__, err)
def f():
    x = 'local'
    try:
        raise ValueError('v')
    except ValueError as x:
        saved = x
    try:
        return x
    except UnboundLocalError as err:
        return f'{type(err).__name__}: {saved!r}'
print(f())
def g():
    try:
        raise KeyError('k')
    except KeyError as exc:
        keep = exc
    return repr(keep)
print(g())
