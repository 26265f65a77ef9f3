# KeyError: str() of the exception is the repr of the key; args hold the raw key.
d = {'present': 1}
for key in ['missing', 42, 2.5, None, (1, 'a'), '', "it's", 'new\nline', True, b'b', -0.0]:
    try:
        d[key]
    except KeyError as e:
        print(repr(str(e)), e.args, repr(e))
try:
    del d['gone']
except KeyError as e:
    print('del:', e)
try:
    d.pop('gone')
except KeyError as e:
    print('pop:', e)
try:
    {}.popitem()
except KeyError as e:
    print('popitem:', e)
try:
    set().remove('x')
except KeyError as e:
    print('set.remove:', e)
try:
    raise KeyError('a', 'b')
except KeyError as e:
    print('multi:', e)
try:
    raise KeyError
except KeyError as e:
    print('none:', repr(str(e)), e.args)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
