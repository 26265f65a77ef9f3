# Closures: counters, accumulators, memoizing decorators written as plain functions
def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    return inc, reset

inc, reset = make_counter()
print(inc(), inc(), inc())
reset()
print(inc())
inc10, _ = make_counter(100, 10)
print([inc10() for _ in range(5)])

def memoize(fn):
    cache = {}
    calls = [0]
    def wrapper(*args):
        calls[0] += 1
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    wrapper.calls = calls
    return wrapper

@memoize
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)

print(binom(30, 15), len(binom.cache), binom.calls[0])

def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed

inc1 = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc1, dbl)(5), compose(dbl, inc1)(5), compose()(7))
adders = [lambda x, n=n: x + n for n in range(5)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(5)]
print([f(10) for f in late])

def logger(prefix):
    lines = []
    def log(msg, *args, **kw):
        line = prefix + msg.format(*args, **kw)
        lines.append(line)
        return line
    log.lines = lines
    return log
log = logger("[app] ")
log("start {}", 1)
log("value={v:.2f}", v=3.14159)
log("{0}-{0}-{1}", "a", "b")
print(log.lines)
print(binom.__name__, log.__name__, (lambda: 0).__name__)
