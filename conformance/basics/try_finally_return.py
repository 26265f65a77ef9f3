# return inside try/finally: finally runs, a return in finally overrides and swallows.
def a():
    try:
        return 'try'
    finally:
        print('finally runs before return')
print(a())
def b():
    try:
        return 'try'
    finally:
        return 'finally'
print(b())
def c():
    try:
        raise ValueError('lost')
    finally:
        return 'finally swallowed the exception'
print(c())
def d():
    x = 1
    try:
        return x
    finally:
        x = 2
print(d())
def e():
    lst = [1]
    try:
        return lst
    finally:
        lst.append(2)
print(e())
def f():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print('finally', i)
print(g())
def h():
    try:
        1 / 0
    except ZeroDivisionError:
        return 'from except'
    finally:
        print('finally after except return')
print(h())
def k():
    try:
        return 'try'
    except Exception:
        return 'except'
    else:
        return 'else never runs after return'
print(k())
def m():
    try:
        raise KeyError('x')
    except KeyError:
        raise ValueError('from handler')
    finally:
        return 'finally wins'
print(m())
