# Nested try statements: inner handlers, re-raising to outer ones, errors in handlers.
def level(n):
    try:
        if n == 0:
            raise ValueError('bottom')
        return level(n - 1)
    finally:
        print('unwinding', n)
try:
    level(3)
except ValueError as e:
    print('caught', e)
try:
    try:
        raise KeyError('a')
    except KeyError:
        print('inner handler')
        raise
except KeyError as e:
    print('outer handler got', repr(e))
try:
    try:
        raise KeyError('a')
    except KeyError:
        raise IndexError('b')
except IndexError as e:
    print('translated:', type(e).__name__, e, 'context:', repr(e.__context__))
try:
    try:
        raise ValueError('x')
    except TypeError:
        print('no')
    finally:
        print('inner finally')
except ValueError:
    print('outer got ValueError')
results = []
for v in ['1', 'x', '3', None]:
    try:
        try:
            results.append(int(v))
        except ValueError:
            results.append('bad')
    except TypeError:
        results.append('type')
print(results)
def deep():
    try:
        try:
            try:
                raise RuntimeError('deep')
            finally:
                print('f1')
        finally:
            print('f2')
    except RuntimeError as e:
        return 'handled ' + str(e)
print(deep())
