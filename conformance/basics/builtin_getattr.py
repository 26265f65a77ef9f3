# getattr/hasattr on builtin objects: methods, attributes, defaults, error messages.
s = 'hello'
up = getattr(s, 'upper')
print(up(), getattr(s, 'count')('l'), getattr([], 'append') is not None)
print(getattr(5, 'real'), getattr(2.5, 'imag'), getattr(range(1, 9, 2), 'step'))
print(getattr(s, 'nope', 'fallback'), getattr(5, 'nope', None))
print(hasattr(s, 'upper'), hasattr(s, 'nope'), hasattr([], 'sort'), hasattr((), 'sort'))
print(hasattr({}, 'keys'), hasattr(5, 'bit_length'), hasattr(5.0, 'is_integer'), hasattr(None, 'x'))
for obj, name in [('x', 'foo'), (5, 'append'), ([], 'upper'), (None, 'strip'), ({}, 'add'), (1.5, 'x')]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    getattr(s, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(s)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hasattr(s, None)
except TypeError as e:
    print(type(e).__name__, e)
methods = ['upper', 'lower', 'title']
print([getattr('mIx', m)() for m in methods])
