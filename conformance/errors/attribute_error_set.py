# Setting or deleting attributes on builtin objects fails with AttributeError/TypeError messages.
for obj in [1, 'str', [1], {'k': 1}, None, 1.5, (1,)]:
    try:
        obj.new_attr = 1
    except AttributeError as e:
        print(type(e).__name__, e)
for obj, name in [(1, 'real'), (1.5, 'imag'), (range(3), 'start'), (slice(1), 'stop')]:
    try:
        setattr(obj, name, 0)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    del (1).real
except AttributeError as e:
    print(type(e).__name__, e)
try:
    'x'.upper = None
except AttributeError as e:
    print(type(e).__name__, e)
def f():
    pass
f.custom = 'ok'
del f.custom
try:
    del f.custom
except AttributeError as e:
    print(type(e).__name__, e)
e = ValueError('x')
e.note = 'exceptions accept attributes'
print(e.note)
