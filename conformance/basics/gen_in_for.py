# Generators driving for loops: break leaves them suspended, resuming later continues.
def gen():
    for i in range(6):
        print('  yield', i)
        yield i
g = gen()
for x in g:
    if x == 2:
        break
print('broke out; continuing same generator')
for x in g:
    print('got', x)
for x in g:
    print('never: exhausted')
def pairs(seq):
    it = iter(seq)
    for a in it:
        b = next(it, None)
        yield a, b
print(list(pairs([1, 2, 3, 4, 5])))
def numbered(lines):
    for n, line in enumerate(lines, 1):
        yield '%d: %s' % (n, line)
for row in numbered(['alpha', 'beta']):
    print(row)
def running_max(seq):
    best = None
    for x in seq:
        if best is None or x > best:
            best = x
        yield best
print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))
total = 0
for v in (i * i for i in range(10)):
    if v > 40:
        break
    total += v
print(total)
def nested():
    for i in range(3):
        for j in range(3):
            if j > i:
                break
            yield i, j
print(list(nested()))
for i, (a, b) in enumerate(zip(gen(), 'xyz')):
    print(i, a, b)
