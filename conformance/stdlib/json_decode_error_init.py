# JSONDecodeError(msg, doc, pos) built by Python code: CPython's __init__ (message, attributes,
# argument errors).
import json
from json import JSONDecodeError
e = json.JSONDecodeError('Expecting value', 'ab\ncd', 4)
print(e, e.msg, repr(e.doc), e.pos, e.lineno, e.colno, repr(e), e.args)
e2 = JSONDecodeError(msg='m', pos=0, doc='')
print(e2, e2.lineno, e2.colno)
print(isinstance(e, ValueError))
try:
    raise JSONDecodeError('x', 'abc', 2)
except ValueError as ex:
    print(type(ex).__name__, ex)
for args, kw in [((), {}), (('a',), {}), (('a', 'b'), {}), (('a', 'b', 1, 2), {}), (('a', 'b'), {'pos': 1, 'zz': 2}),
                 (('a', 'b', 1), {'msg': 2}), (('a', b'xy', 1), {}), (('a', None, 1), {}), (('a', 'xy', 1.5), {}),
                 ((3, 'x\ny\nz', True), {}), (('a', 'xy', -1), {}), (('a', 'x\ny', 10), {})]:
    try:
        x = JSONDecodeError(*args, **kw)
        print('ok', x, x.lineno, x.colno)
    except Exception as ex:
        print(type(ex).__name__, ex)
