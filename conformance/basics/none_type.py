# None: identity, equality, truthiness, repr, type name, comparisons that fail.
print(None, repr(None), str(None))
print(None is None, None == None, None != 0, None == False, None == '')
print(type(None).__name__, isinstance(None, type(None)))
print(bool(None), not None)
def f():
    pass
print(f() is None)
x = None
print(x or 'default', x and 'never')
print([None] * 3, (None,), {None: None})
print(None in [0, False, None], None in [0, False])
print(hash(None) == hash(None))
try:
    None < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    None()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in None:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted([3, 1, 2], key=lambda v: (v is None, v)))
print(str(None).upper(), f'{None}', '%s' % None, format(None))
