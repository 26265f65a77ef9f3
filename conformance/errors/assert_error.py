# AssertionError details: message objects, args, and assert inside functions and loops.
def check_positive(n):
    assert n > 0, f'{n} is not positive'
    return n
for v in [5, 0, -3]:
    try:
        print(check_positive(v))
    except AssertionError as e:
        print(type(e).__name__, e, e.args)
try:
    assert False, ('tuple', 'message')
except AssertionError as e:
    print(e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e), repr(str(e)))
try:
    assert [] , {}
except AssertionError as e:
    print(repr(e))
total = 0
for i in range(5):
    try:
        assert i % 2 == 0, i
        total += i
    except AssertionError as e:
        total += 100 * e.args[0]
print(total)
