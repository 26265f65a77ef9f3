# try/except/else/finally: which clauses run, in which order, for each outcome.
def run(action):
    log = []
    try:
        log.append('try')
        if action == 'raise':
            raise ValueError('v')
        if action == 'other':
            raise KeyError('k')
        log.append('try end')
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(run('ok'))
print(run('raise'))
try:
    run('other')
except KeyError as e:
    print('propagated', repr(e))
def f2():
    log = []
    try:
        log.append('try')
    finally:
        log.append('finally')
    return log
print(f2())
def f3():
    log = []
    try:
        try:
            raise IndexError('i')
        finally:
            log.append('inner finally')
    except IndexError:
        log.append('outer except')
    return log
print(f3())
def f4():
    log = []
    try:
        log.append('try')
    except Exception:
        log.append('except')
    else:
        log.append('else')
        try:
            raise ValueError('in else')
        except ValueError as e:
            log.append('handled ' + str(e))
    return log
print(f4())
def f5():
    try:
        pass
    except Exception:
        pass
    else:
        raise RuntimeError('from else')
    finally:
        print('finally before propagation')
try:
    f5()
except RuntimeError as e:
    print(type(e).__name__, e)
def f6():
    log = []
    try:
        raise ValueError
    except ValueError:
        log.append('handler')
        try:
            raise TypeError
        except TypeError:
            log.append('nested handler')
        finally:
            log.append('nested finally')
    finally:
        log.append('outer finally')
    return log
print(f6())
