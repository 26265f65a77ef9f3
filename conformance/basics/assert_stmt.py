# assert: passing asserts, AssertionError with and without a message, message evaluation.
assert True
assert 1 == 1, 'not shown'
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)
try:
    assert 1 > 2, 'one is not greater than two'
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert [], ['message', 'as', 'list']
except AssertionError as e:
    print(type(e).__name__, e, e.args)
calls = []
def msg():
    calls.append('msg evaluated')
    return 'lazy'
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
def check(x):
    assert isinstance(x, int), f'expected int, got {type(x).__name__}'
    return x * 2
for v in [3, 'x', 2.5]:
    try:
        print(check(v))
    except AssertionError as e:
        print('AssertionError:', e)
try:
    assert None, 42
except AssertionError as e:
    print(e.args[0] + 1)
