# Which return value wins across try/except/else/finally combinations.
def f(mode):
    log = []
    try:
        log.append('try')
        if mode == 'raise':
            raise ValueError
        if mode == 'return':
            return 'from try', log
    except ValueError:
        log.append('except')
        return 'from except', log
    else:
        log.append('else')
        return 'from else', log
    finally:
        log.append('finally')
for mode in ['raise', 'return', 'normal']:
    print(mode, f(mode))
def g(flag):
    try:
        if flag:
            raise KeyError('k')
        return 'try'
    except KeyError:
        return 'except'
    finally:
        if flag:
            return 'finally overrides'
print(g(True), g(False))
