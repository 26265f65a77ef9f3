# Program: spreadsheet cells with formulas referencing other cells; cycle and error reporting.
cells = {
    'A1': '5', 'A2': '7', 'A3': '=A1+A2', 'B1': '=A3*2', 'B2': '=B1-A1/2', 'C1': '=SUM(A1:A3)',
    'C2': '=C3+1', 'C3': '=C2+1', 'D1': '=Z9+1', 'D2': '=A1/0', 'E1': 'text', 'E2': '=E1+1',
}
def col_row(ref):
    return ref[0], int(ref[1:])
def expand(rng):
    a, b = rng.split(':')
    (c1, r1), (c2, r2) = col_row(a), col_row(b)
    return [chr(c) + str(r) for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]
def evaluate(ref, visiting=()):
    if ref in visiting:
        raise RecursionError('cycle: ' + ' -> '.join(visiting + (ref,)))
    raw = cells.get(ref)
    if raw is None:
        raise KeyError(ref)
    if not raw.startswith('='):
        try:
            return float(raw) if '.' in raw else int(raw)
        except ValueError:
            return raw
    expr = raw[1:]
    if expr.startswith('SUM(') and expr.endswith(')'):
        return sum(evaluate(r, visiting + (ref,)) for r in expand(expr[4:-1]))
    tokens, cur = [], ''
    for ch in expr + ' ':
        if ch in '+-*/ ':
            if cur:
                tokens.append(cur)
                cur = ''
            if ch != ' ':
                tokens.append(ch)
        else:
            cur += ch
    vals = []
    for t in tokens:
        if t in '+-*/':
            vals.append(t)
        elif t[0].isalpha():
            vals.append(evaluate(t, visiting + (ref,)))
        else:
            vals.append(int(t))
    result = vals[0]
    i = 1
    while i < len(vals):
        op, rhs = vals[i], vals[i + 1]
        result = result + rhs if op == '+' else result - rhs if op == '-' else result * rhs if op == '*' else result / rhs
        i += 2
    return result
for ref in sorted(cells):
    try:
        print(ref, '=', evaluate(ref))
    except (RecursionError, KeyError, ZeroDivisionError, TypeError) as e:
        print(ref, '!', type(e).__name__, e)
