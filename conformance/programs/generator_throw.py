# Generators with try/finally, throw(), close(), return values and exhaustion semantics
def worker(name):
    print(f"{name}: start")
    total = 0
    try:
        while True:
            try:
                x = yield total
            except ValueError as e:
                print(f"{name}: ignoring bad value ({e})")
                continue
            if x is None:
                break
            total += x
    finally:
        print(f"{name}: finally, total={total}")
    return total

w = worker("w1")
print(next(w))
print(w.send(5), w.send(7))
print(w.throw(ValueError("oops")))
print(w.send(3))
try:
    w.send(None)
except StopIteration as e:
    print("returned", e.value)
print(next(w, "exhausted"))

w2 = worker("w2")
next(w2)
w2.send(1)
w2.close()
print("closed")
w3 = worker("w3")
next(w3)
try:
    w3.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))

def gen_with_return():
    yield 1
    yield 2
    return "done"

def delegator():
    result = yield from gen_with_return()
    print("sub returned", result)
    yield 3

print(list(delegator()))
def squares():
    for i in range(5):
        yield i * i
g = squares()
print(list(zip(g, g)), list(g))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
it = infinite()
taken = [x for x, _ in zip(it, range(5))]
print(taken, next(it))
print(sum(x for x in range(100) if x % 7 == 0), max((len(w), w) for w in ["a", "bbb", "cc"]))
