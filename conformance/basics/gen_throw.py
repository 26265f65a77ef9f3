# generator.throw: raising inside a suspended generator, handled or propagated.
def catcher():
    while True:
        try:
            yield 'waiting'
        except ValueError as e:
            print('caught inside:', e)
            yield 'recovered'
g = catcher()
print(next(g))
print(g.throw(ValueError('boom')))
print(next(g))
try:
    g.throw(KeyError('not handled'))
except KeyError as e:
    print('propagated out:', repr(e))
try:
    next(g)
except StopIteration:
    print('generator finished after unhandled throw')
def simple():
    yield 1
    yield 2
s = simple()
try:
    s.throw(TypeError('before start'))
except TypeError as e:
    print('thrown before first next:', e)
print(list(s))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
w = with_finally()
next(w)
try:
    w.throw(RuntimeError('stop'))
except RuntimeError as e:
    print('after cleanup:', e)
def converter():
    try:
        yield 1
    except ZeroDivisionError:
        raise ValueError('converted')
c = converter()
next(c)
try:
    c.throw(ZeroDivisionError)
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def returner():
    try:
        yield 1
    except KeyError:
        return 'returned after throw'
r = returner()
next(r)
try:
    r.throw(KeyError)
except StopIteration as e:
    print('StopIteration value:', e.value)
def inner():
    try:
        yield 'inner'
    except IndexError:
        yield 'inner handled'
def outer():
    yield from inner()
o = outer()
print(next(o), o.throw(IndexError))
