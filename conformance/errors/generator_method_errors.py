# Errors from generator methods: throw with bad values, send to a fresh generator, throw after close.
def g():
    yield 1
    yield 2
gen = g()
for bad in [5, 'str', None]:
    try:
        gen.throw(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    g().send('x')
except TypeError as e:
    print(type(e).__name__, e)
closed = g()
next(closed)
closed.close()
try:
    closed.throw(ValueError('after close'))
except ValueError as e:
    print('throw after close re-raises:', type(e).__name__, e)
try:
    next(closed)
except StopIteration:
    print('closed generator is exhausted')
fresh = g()
try:
    fresh.throw(KeyError, KeyError('k'))
except KeyError as e:
    print('throw(type, value):', repr(e))
