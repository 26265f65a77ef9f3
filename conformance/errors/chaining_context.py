# Implicit chaining: __context__ is set automatically inside except and finally blocks.
def handler_raises():
    try:
        1 / 0
    except ZeroDivisionError:
        {}['k']
try:
    handler_raises()
except KeyError as e:
    print(repr(e), '| context:', repr(e.__context__), '| cause:', e.__cause__)
def finally_raises():
    try:
        raise ValueError('original')
    finally:
        raise TypeError('from finally')
try:
    finally_raises()
except TypeError as e:
    print(repr(e), '| context:', repr(e.__context__))
def nested_handlers():
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise TypeError('b')
        except TypeError:
            raise KeyError('c')
try:
    nested_handlers()
except KeyError as e:
    ctx = []
    cur = e
    while cur is not None:
        ctx.append(repr(cur))
        cur = cur.__context__
    print(' -> '.join(ctx))
def no_context():
    try:
        raise ValueError('handled')
    except ValueError:
        pass
    raise TypeError('later')
try:
    no_context()
except TypeError as e:
    print('after handled block:', e.__context__)
try:
    try:
        raise ValueError('inner')
    except ValueError as v:
        raise v from None
except ValueError as e:
    print('same object re-raised from None:', repr(e.__context__), e.__suppress_context__)
