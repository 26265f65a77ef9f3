# StopIteration behaviour: PEP 479 turns StopIteration inside a generator into RuntimeError.
def leaky():
    yield 1
    next(iter([]))
    yield 2
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, '| cause:', type(e.__cause__).__name__)
def raises_directly():
    yield 'a'
    raise StopIteration('explicit')
try:
    print(list(raises_directly()))
except RuntimeError as e:
    print(type(e).__name__, e)
def returns_value():
    yield 1
    return 'the value'
g = returns_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value:', e.value, 'args:', e.args)
def returns_none():
    yield 1
g = returns_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value:', e.value, 'args:', e.args)
it = iter([1])
next(it)
try:
    next(it)
except StopIteration as e:
    print('list iterator:', e.value, e.args)
print(next(iter([]), 'default'))
def uses_next_safely(it):
    for x in it:
        yield x
print(list(uses_next_safely(iter([1, 2]))))
def first(seq):
    return next(iter(seq))
try:
    first([])
except StopIteration as e:
    print('plain function lets StopIteration out:', type(e).__name__)
try:
    list(x for x in [1, 2] if next(iter([])))
except RuntimeError as e:
    print('genexp:', type(e).__name__)
except StopIteration:
    print('genexp raised StopIteration')
