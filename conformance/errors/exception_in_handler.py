# Errors raised while handling errors: in except bodies, else blocks and in nested calls.
def handler_fails():
    try:
        raise ValueError('first')
    except ValueError as e:
        return e.missing_attribute
try:
    handler_fails()
except AttributeError as e:
    print(type(e).__name__, e, '| context:', repr(e.__context__))
def else_fails():
    try:
        x = 1
    except Exception:
        pass
    else:
        return x / 0
try:
    else_fails()
except ZeroDivisionError as e:
    print(type(e).__name__, e, '| context:', e.__context__)
def log_and_fail(msg):
    raise RuntimeError('logging failed: ' + msg)
def process():
    try:
        int('bad')
    except ValueError as e:
        log_and_fail(str(e))
try:
    process()
except RuntimeError as e:
    print(e, '| context:', type(e.__context__).__name__)
def nested():
    try:
        try:
            raise KeyError('k')
        except KeyError:
            raise IndexError('i')
    except IndexError as e:
        return type(e.__context__).__name__
print(nested())
