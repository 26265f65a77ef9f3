# generator.send: priming with None, values flowing both ways, errors.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(acc.send(None))
print(acc.send(5))
print(acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print('finished with', e.value)
g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print(type(e).__name__, e)
def averager():
    count = 0
    total = 0.0
    avg = None
    while True:
        x = yield avg
        count += 1
        total += x
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in [10, 20, 30, 40]])
def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    yield received
e = echo()
print(next(e), e.send('a'), e.send('b'), e.send('c'))
def gen():
    x = yield 1
    y = yield x * 2
    yield x + y
g = gen()
print(next(g), g.send(10), g.send(5))
g = gen()
try:
    print(next(g), next(g))
except TypeError as e:
    print('next() sends None:', type(e).__name__, e)
done = accumulator()
next(done)
try:
    done.send(None)
except StopIteration:
    pass
try:
    done.send(1)
except StopIteration as e:
    print('send to finished generator:', type(e).__name__, e.value)
