# Exceptions in generators: propagate to the consumer, finish the generator, handled inside.
def numbers():
    yield 1
    yield 2
    raise ValueError('generator failed')
    yield 3
g = numbers()
out = []
try:
    for v in g:
        out.append(v)
except ValueError as e:
    print(out, type(e).__name__, e)
print(next(g, 'exhausted after error'))
def guarded(items):
    for it in items:
        try:
            yield 10 // it
        except ZeroDivisionError:
            yield 'div0'
print(list(guarded([5, 0, 2])))
def consumer_error():
    try:
        yield 1
        yield 2
    finally:
        print('generator finally runs on close')
g = consumer_error()
try:
    for v in g:
        raise KeyError('consumer failed')
except KeyError as e:
    print(type(e).__name__, e)
g.close()
def pipeline(src):
    for x in src:
        yield int(x)
try:
    print(sum(pipeline(['1', '2', 'three'])))
except ValueError as e:
    print(type(e).__name__, e)
def gen_in_gen():
    yield from numbers()
try:
    print(list(gen_in_gen()))
except ValueError as e:
    print('through yield from:', e)
