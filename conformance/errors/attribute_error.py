# AttributeError "'X' object has no attribute 'y'" for builtin types, and on functions/modules-free.
for obj in [1, 1.5, 'str', [1], (1,), {'k': 1}, {1}, None, True, b'b', range(1), len, ValueError()]:
    try:
        obj.foo
    except AttributeError as e:
        print(type(e).__name__, e)
def f():
    pass
try:
    f.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [].push(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    'abc'.length
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {}.iteritems()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None.upper()
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(1, 'foo', 'default'), hasattr('x', 'foo'))
