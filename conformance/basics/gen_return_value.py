# Generators returning values: StopIteration.value, yield from result, early return.
def g(n):
    for i in range(n):
        if i == 2:
            return 'stopped at 2'
        yield i
    return 'ran out'
def collect(gen):
    out = []
    while True:
        try:
            out.append(next(gen))
        except StopIteration as e:
            return out, e.value
print(collect(g(5)))
print(collect(g(1)))
print(collect(g(0)))
def wrapper(n):
    result = yield from g(n)
    yield 'wrapper saw: ' + result
print(list(wrapper(5)))
print(list(wrapper(1)))
def sum_sub():
    total = 0
    for v in (yield from ((i for i in range(0)))) or []:
        total += v
    return total
print(collect(sum_sub()))
def returns_list():
    yield 'x'
    return [1, 2]
r = yield_result = None
def driver():
    global r
    r = yield from returns_list()
print(list(driver()), r)
def nested_results():
    a = yield from g(1)
    b = yield from g(3)
    return a + ' & ' + b
print(collect(nested_results()))
def return_in_try():
    try:
        yield 1
        return 'from try'
    finally:
        print('finally ran')
print(collect(return_in_try()))
def returns_tuple():
    return (1, 2)
    yield
print(collect(returns_tuple()))
