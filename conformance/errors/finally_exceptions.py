# Exceptions raised in finally replace the active one; return/break in finally discard it.
def replaced():
    try:
        raise ValueError('first')
    finally:
        raise KeyError('second')
try:
    replaced()
except KeyError as e:
    print('got', repr(e), 'context', repr(e.__context__))
except ValueError:
    print('never')
def swallowed():
    try:
        raise ValueError('lost')
    finally:
        return 'finally returned'
print(swallowed())
def loop_swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            continue
    return 'continue in finally swallowed all'
print(loop_swallow())
def finally_sees_no_exception_variable():
    try:
        raise ValueError('x')
    except ValueError as e:
        msg = str(e)
    finally:
        note = 'finally ran'
    return msg, note
print(finally_sees_no_exception_variable())
order = []
def ordering():
    try:
        order.append('try')
        raise RuntimeError('r')
    except RuntimeError:
        order.append('except')
        raise
    finally:
        order.append('finally')
try:
    ordering()
except RuntimeError:
    order.append('outer')
print(order)
