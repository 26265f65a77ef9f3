# re.error(msg, pattern=None, pos=None) built by Python code: CPython's __init__.
import re
for args, kw in [(('bad',), {}), (('bad', 'ab\ncd', 4), {}), (('bad', 'abc'), {}), (('bad',), {'pos': 1}), ((), {}), (('a','b',1,2), {}), (('bad', b'ab\ncd', 4), {})]:
    try:
        e = re.error(*args, **kw)
        print(repr(e), str(e), e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
    except Exception as ex:
        print(type(ex).__name__, ex)
try:
    raise re.error('nothing to repeat', '*a', 0)
except re.error as e:
    print(e, e.pos, e.lineno, e.colno)
try:
    re.compile('(a')
except re.error as e:
    print(e, e.msg, e.pattern, e.pos)
