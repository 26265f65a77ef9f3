# bench: generator pipelines, yield from, and generator expressions consumed by builtins.
def numbers(n):
    for i in range(n):
        yield i
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squares(it):
    for x in it:
        yield x * x
def chained(n):
    yield from numbers(n)
    yield from numbers(n // 2)
total = sum(squares(evens(numbers(600000))))
total += sum(x for x in chained(400000) if x & 1)
total += max(x % 1000 for x in numbers(400000))
print(total)
