# generator.close: GeneratorExit at the yield point, finally blocks, closing twice.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('finally on close')
g = gen()
print(next(g))
g.close()
print('closed')
try:
    next(g)
except StopIteration:
    print('StopIteration after close')
g.close()
print('second close is fine')
fresh = gen()
fresh.close()
print('closing an unstarted generator runs nothing')
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print('saw GeneratorExit')
        raise
c = catches_exit()
next(c)
c.close()
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 'refusing'
i = ignores_exit()
next(i)
try:
    i.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return 'ignored value'
r = returns_on_exit()
next(r)
print(r.close())
done = gen()
print(list(done))
done.close()
print('close of finished generator is fine')
def exc_on_exit():
    try:
        yield 1
    finally:
        raise ValueError('raised during close')
x = exc_on_exit()
next(x)
try:
    x.close()
except ValueError as e:
    print(type(e).__name__, e)
