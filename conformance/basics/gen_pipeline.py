# Generator pipelines: composing stages, laziness across stages, order of evaluation.
def read(lines):
    for line in lines:
        print('read', repr(line))
        yield line
def strip(lines):
    for line in lines:
        yield line.strip()
def nonempty(lines):
    for line in lines:
        if line:
            yield line
def parse(lines):
    for line in lines:
        k, _, v = line.partition('=')
        yield k, int(v)
data = ['a=1\n', '  \n', 'b=2 ', 'c=30']
pipe = parse(nonempty(strip(read(data))))
print('pipeline built')
for k, v in pipe:
    print('got', k, v)
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched('abcdefg', 3)))
def dedupe(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x
print(list(dedupe([3, 1, 3, 2, 1, 4])))
def interleave(a, b):
    ia, ib = iter(a), iter(b)
    while True:
        try:
            yield next(ia)
            yield next(ib)
        except StopIteration:
            return
print(list(interleave('abc', '12')))
total = sum(v for _, v in parse(['x=5', 'y=7']))
print(total)
