# Shunting-yard conversion from infix to RPN and RPN evaluation with error reporting
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
RIGHT = {"^"}

def tokens(expr):
    out, num = [], ""
    for ch in expr:
        if ch.isdigit() or ch == ".":
            num += ch
            continue
        if num:
            out.append(num)
            num = ""
        if ch in PREC or ch in "()":
            out.append(ch)
        elif not ch.isspace():
            raise ValueError(f"bad char {ch!r}")
    if num:
        out.append(num)
    return out

def to_rpn(toks):
    out, ops = [], []
    for t in toks:
        if t in PREC:
            while ops and ops[-1] in PREC and (PREC[ops[-1]] > PREC[t] or (PREC[ops[-1]] == PREC[t] and t not in RIGHT)):
                out.append(ops.pop())
            ops.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops and ops[-1] != "(":
                out.append(ops.pop())
            if not ops:
                raise ValueError("mismatched )")
            ops.pop()
        else:
            out.append(t)
    while ops:
        op = ops.pop()
        if op == "(":
            raise ValueError("mismatched (")
        out.append(op)
    return out

def eval_rpn(rpn):
    st = []
    for t in rpn:
        if t in PREC:
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "^": a ** b}[t] if t != "/" else a / b)
        else:
            st.append(float(t) if "." in t else int(t))
    if len(st) != 1:
        raise ValueError("leftover stack %r" % st)
    return st[0]

for e in ["3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3", "(1+2)*(3+4)", "2^10", "10/4", "1.5*4-0.5",
          "((2))", "1 +", "(1+2", "1+2)", "2 $ 3", "7-2-1", "2*3^2"]:
    try:
        rpn = to_rpn(tokens(e))
        print(f"{e:<32} {' '.join(rpn):<28} = {eval_rpn(rpn)}")
    except (ValueError, IndexError, ZeroDivisionError) as ex:
        print(f"{e:<32} error: {type(ex).__name__}: {ex}")
