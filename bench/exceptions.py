# bench: raising and catching exceptions in a loop, including try/finally and nested handlers.
def risky(i):
    if i % 3 == 0:
        raise ValueError(i)
    if i % 3 == 1:
        raise KeyError(i)
    return i
caught = 0
cleanup = 0
for i in range(150000):
    try:
        try:
            risky(i)
        finally:
            cleanup += 1
    except ValueError:
        caught += 1
    except KeyError as e:
        caught += 2
d = {}
misses = 0
for i in range(100000):
    try:
        d[i]
    except KeyError:
        misses += 1
print(caught, cleanup, misses)
