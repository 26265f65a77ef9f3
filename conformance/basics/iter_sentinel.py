# iter(callable, sentinel): calls until the sentinel value is returned.
data = [3, 1, 4, 0, 5, 9]
pos = [0]
def read():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read, 0)), pos)
print(next(iter(read, 9)), pos)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
chunks = iter(['ab', 'cd', '', 'ef'])
print(list(iter(lambda: next(chunks), '')))
it = iter(tick, 100)
print(next(it), next(it), iter(it) is it)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
def boom():
    raise ValueError('from callable')
try:
    list(iter(boom, None))
except ValueError as e:
    print(type(e).__name__, e)
lines = iter(['x', 'y', 'STOP', 'z'])
for line in iter(lines.__next__, 'STOP'):
    print('line', line)
print(next(lines))
