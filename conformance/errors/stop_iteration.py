# StopIteration: from next() on exhausted iterators, its value, and catching it explicitly.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value, e.args)
def g():
    yield 1
    return 'done'
gen = g()
next(gen)
try:
    next(gen)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value, str(e))
try:
    raise StopIteration('manual', 2)
except StopIteration as e:
    print(e.value, e.args, str(e))
def manual_iter(seq):
    it = iter(seq)
    out = []
    while True:
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out
print(manual_iter('abc'))
print(isinstance(StopIteration(), Exception), next(iter([]), 'default'))
