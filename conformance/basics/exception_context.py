# Implicit chaining: __context__ set when raising inside a handler or finally.
try:
    try:
        raise KeyError('first')
    except KeyError:
        raise ValueError('second')
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError('first')
    finally:
        raise ValueError('from finally')
except ValueError as e:
    print('finally context:', repr(e.__context__))
try:
    try:
        raise KeyError('handled')
    except KeyError:
        pass
    raise ValueError('after handler')
except ValueError as e:
    print('no context after handler ends:', e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        try:
            raise IndexError('mid')
        except IndexError:
            raise TypeError('top')
except TypeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(chain)
try:
    try:
        raise ValueError('v')
    except ValueError as v:
        raise v
except ValueError as e:
    print('re-raise same object has no self context:', e.__context__)
def gen_ctx():
    try:
        raise KeyError('in func')
    except KeyError:
        return helper()
def helper():
    raise RuntimeError('helper error')
try:
    gen_ctx()
except RuntimeError as e:
    print('context crosses calls:', repr(e.__context__))
try:
    try:
        raise KeyError('a')
    except KeyError as a:
        err = ValueError('b')
        err.__suppress_context__ = True
        raise err
except ValueError as e:
    print(repr(e.__context__), e.__suppress_context__)
