# send()-driven coroutine pipeline: filter -> transform -> sink, primed with next().
def sink(out):
    while True:
        item = yield
        out.append(item)
def transform(target, f):
    while True:
        item = yield
        target.send(f(item))
def only(target, pred):
    while True:
        item = yield
        if pred(item):
            target.send(item)
def primed(g):
    next(g)
    return g
collected = []
pipe = primed(only(primed(transform(primed(sink(collected)), lambda x: x * x)), lambda x: x % 2))
for i in range(10):
    pipe.send(i)
print(collected)
def running_stats():
    n = total = 0
    lo = hi = None
    while True:
        x = yield (n, total, lo, hi)
        n += 1
        total += x
        lo = x if lo is None or x < lo else lo
        hi = x if hi is None or x > hi else hi
st = running_stats()
next(st)
for v in [5, -2, 9, 4]:
    print(st.send(v))
pipe.close()
st.close()
print('closed cleanly')
