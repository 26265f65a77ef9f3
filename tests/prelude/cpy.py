# Run every case under CPython and print the same format as test_prelude --dump.
import os, ast, sys, io, contextlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import CASES
def fmt(v):
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, (set, frozenset)):
        return repr(v)
    if isinstance(v, bytearray):
        return repr(bytes(v))
    if isinstance(v, (list,)):
        return '[' + ', '.join(fmt(x) for x in v) + ']'
    if isinstance(v, tuple):
        return '(' + ', '.join(fmt(x) for x in v) + (',)' if len(v) == 1 else ')')
    if isinstance(v, dict):
        return '{' + ', '.join(fmt(k) + ': ' + fmt(x) for k, x in v.items()) + '}'
    return repr(v)
for name, src in CASES:
    log = []
    def f(*a):
        log.append('f(' + ', '.join(fmt(x) for x in a) + ')\n')
        if a and a[0] == 'err':
            raise ValueError('host says no')
        return a[0] if a else None
    g = {'f': f, '__name__': '__main__'}
    buf = io.StringIO()
    tree = ast.parse(src)
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = ast.Expression(tree.body.pop().value)
    try:
        with contextlib.redirect_stdout(buf):
            exec(compile(tree, 'case.py', 'exec'), g)
            r = eval(compile(last, 'case.py', 'eval'), g) if last else None
        text = fmt(r)
    except Exception as e:
        text = type(e).__name__ + ': ' + str(e)
    if buf.getvalue():
        text += '\n--- output:\n' + buf.getvalue()
    print('=== ' + name)
    print(text)
    sys.stdout.write(''.join(log))
