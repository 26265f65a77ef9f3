# yield from: delegating to sub-generators and iterables, and its value (the sub return).
def inner():
    yield 1
    yield 2
    return 'inner result'
def outer():
    r = yield from inner()
    print('inner returned', r)
    yield 3
print(list(outer()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain('ab', [1, 2], range(3), (), {'k': 0})))
def tree(node):
    value, children = node
    yield value
    for c in children:
        yield from tree(c)
t = ('root', [('a', [('a1', []), ('a2', [])]), ('b', [])])
print(list(tree(t)))
def flatten(x):
    if isinstance(x, list):
        for i in x:
            yield from flatten(i)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def returns_none():
    yield 'x'
def delegator():
    r = yield from returns_none()
    yield r
print(list(delegator()))
def from_genexp():
    yield from (i * 2 for i in range(3))
print(list(from_genexp()))
def echo():
    while True:
        got = yield
        if got is None:
            return 'echo done'
        print('echo got', got)
def wrapper():
    result = yield from echo()
    print('wrapper got result', result)
w = wrapper()
next(w)
w.send('hello')
w.send('world')
try:
    w.send(None)
except StopIteration as e:
    print('StopIteration value', e.value)
def count():
    n = yield from range(2)
    yield n
print(list(count()))
try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)
