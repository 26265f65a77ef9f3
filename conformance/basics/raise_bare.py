# Bare raise: re-raises the exception being handled; error when nothing is active.
def f():
    try:
        raise ValueError('original')
    except ValueError:
        raise
try:
    f()
except ValueError as e:
    print('re-raised', e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def g():
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            raise IndexError('inner')
        except IndexError:
            pass
        raise
try:
    g()
except KeyError as e:
    print('bare raise after nested handler re-raises', repr(e))
def h():
    try:
        raise TypeError('t')
    except TypeError as e:
        err = e
    raise err
try:
    h()
except TypeError as e:
    print('raised saved exception', e)
def k():
    try:
        raise ValueError('v')
    finally:
        print('finally')
try:
    k()
except ValueError as e:
    print('caught', e)
def m():
    try:
        raise ValueError('a')
    except ValueError as e:
        e.args = ('modified',)
        raise
try:
    m()
except ValueError as e:
    print(e)
def handler_helper():
    raise
def n():
    try:
        raise LookupError('helper')
    except LookupError:
        handler_helper()
try:
    n()
except LookupError as e:
    print('bare raise in called function', e)
