# except with tuples of classes, nested tuples are not allowed, order of matching.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup ' + type(e).__name__
    except (ValueError, TypeError):
        return 'value/type'
    except (ArithmeticError,):
        return 'arith'
    except ():
        return 'empty tuple never matches'
    except BaseException as e:
        return 'other ' + type(e).__name__
for exc in [KeyError(1), IndexError, ValueError('v'), TypeError, ZeroDivisionError,
            OverflowError, RuntimeError, UnicodeError]:
    print(classify(exc))
handled = (KeyError, ZeroDivisionError)
try:
    1 // 0
except handled as e:
    print('via variable:', type(e).__name__)
errs = [ValueError, TypeError]
try:
    int('z')
except tuple(errs) as e:
    print('built tuple:', e)
try:
    try:
        raise ValueError('v')
    except 'not a class':
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError('v')
    except (ValueError, 5):
        print('first element matched before bad second element checked')
except TypeError as e:
    print(type(e).__name__, e)
