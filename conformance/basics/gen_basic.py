# Generator functions: yield produces values lazily; code runs between next() calls.
def count_up(n):
    print('start')
    i = 0
    while i < n:
        print('before yield', i)
        yield i
        print('after yield', i)
        i += 1
    print('end')
g = count_up(2)
print('created')
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
try:
    next(g)
except StopIteration:
    print('still exhausted')
def letters():
    yield 'a'
    yield 'b'
    yield 'c'
print(list(letters()), tuple(letters()), ''.join(letters()))
def squares():
    for i in range(5):
        yield i * i
print(sum(squares()), max(squares()), sorted(squares(), reverse=True))
def empty():
    return
    yield
print(list(empty()))
def yield_expr_value():
    x = yield 1
    print('received', x)
    yield 2
g = yield_expr_value()
print(next(g), next(g))
def gen_with_args(*args, **kw):
    yield args
    yield kw
print(list(gen_with_args(1, 2, k=3)))
def two_gens():
    a = letters()
    b = letters()
    return [next(a), next(a), next(b)]
print(two_gens())
print(type(letters()).__name__)
def yield_none():
    yield
print(list(yield_none()))
g = squares()
print(iter(g) is g)
