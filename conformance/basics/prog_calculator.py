# Program: recursive-descent evaluator for + - * / ** parentheses and unary minus.
def evaluate(expr):
    toks = []
    i = 0
    while i < len(expr):
        c = expr[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == '.':
            j = i
            while j < len(expr) and (expr[j].isdigit() or expr[j] == '.'):
                j += 1
            toks.append(float(expr[i:j]) if '.' in expr[i:j] else int(expr[i:j]))
            i = j
        elif expr.startswith('**', i):
            toks.append('**')
            i += 2
        else:
            toks.append(c)
            i += 1
    pos = [0]
    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None
    def take():
        tok = peek()
        pos[0] += 1
        return tok
    def expr_():
        v = term()
        while peek() in ('+', '-'):
            v = v + term() if take() == '+' else v - term()
        return v
    def term():
        v = factor()
        while peek() in ('*', '/', '%'):
            op = take()
            r = factor()
            v = v * r if op == '*' else v / r if op == '/' else v % r
        return v
    def factor():
        if peek() == '-':
            take()
            return -factor()
        base = atom()
        if peek() == '**':
            take()
            return base ** factor()
        return base
    def atom():
        tok = take()
        if tok == '(':
            v = expr_()
            if take() != ')':
                raise SyntaxError('expected )')
            return v
        if isinstance(tok, (int, float)):
            return tok
        raise SyntaxError(f'unexpected token {tok!r}')
    result = expr_()
    if peek() is not None:
        raise SyntaxError(f'trailing token {peek()!r}')
    return result
for e in ['1 + 2 * 3', '(1 + 2) * 3', '2 ** 3 ** 2', '-2 ** 2', '10 / 4', '7 % 3 + 0.5',
          '2 ** 100', '((((1))))', '1 - -1', '3 * (2 + (4 - 1) * 2) / 3']:
    print(e, '=', evaluate(e))
for bad in ['1 +', '(1 + 2', '1 2', '1 / 0', '']:
    try:
        print(evaluate(bad))
    except (SyntaxError, ZeroDivisionError) as err:
        print(repr(bad), type(err).__name__, err)
