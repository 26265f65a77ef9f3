# try/except: matching by type, first matching clause wins, unmatched propagate, bare except.
def risky(kind):
    if kind == 'value':
        raise ValueError('bad value')
    if kind == 'key':
        return {}['missing']
    if kind == 'index':
        return [][0]
    if kind == 'zero':
        return 1 / 0
    return 'ok'
for kind in ['value', 'key', 'index', 'zero', 'none']:
    try:
        r = risky(kind)
        print('result', r)
    except ValueError as e:
        print('ValueError handler:', e)
    except (KeyError, IndexError) as e:
        print('lookup handler:', type(e).__name__, e)
    except Exception as e:
        print('generic handler:', type(e).__name__, e)
try:
    try:
        risky('zero')
    except KeyError:
        print('not here')
except ZeroDivisionError as e:
    print('outer caught', e)
try:
    risky('key')
except:
    print('bare except caught')
try:
    raise TypeError('first')
except TypeError:
    print('caught without name')
try:
    risky('index')
except LookupError as e:
    print('LookupError caught', type(e).__name__)
try:
    raise KeyError('k')
except IndexError:
    print('wrong')
except LookupError:
    print('right: base class clause')
except KeyError:
    print('never reached')
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def f():
    try:
        return int('12')
    except ValueError:
        return -1
print(f())
