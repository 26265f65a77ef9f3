# Tokenizer and recursive-descent calculator for arithmetic expressions
def tokenize(s):
    tokens, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            text = s[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif c in "+-*/()%^":
            tokens.append(("op", c))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {c!r} at {i}")
    tokens.append(("end", None))
    return tokens

def parse(tokens):
    pos = 0
    def peek():
        return tokens[pos]
    def take():
        nonlocal pos
        t = tokens[pos]
        pos += 1
        return t
    def expr():
        v = term()
        while peek() in (("op", "+"), ("op", "-")):
            op = take()[1]
            v = v + term() if op == "+" else v - term()
        return v
    def term():
        v = power()
        while peek()[0] == "op" and peek()[1] in "*/%":
            op = take()[1]
            r = power()
            if op == "*":
                v *= r
            elif op == "/":
                v /= r
            else:
                v %= r
        return v
    def power():
        b = unary()
        if peek() == ("op", "^"):
            take()
            return b ** power()
        return b
    def unary():
        if peek() == ("op", "-"):
            take()
            return -unary()
        return atom()
    def atom():
        kind, val = take()
        if kind == "num":
            return val
        if val == "(":
            v = expr()
            if take() != ("op", ")"):
                raise SyntaxError("expected )")
            return v
        raise SyntaxError(f"unexpected token {val!r}")
    result = expr()
    if peek()[0] != "end":
        raise SyntaxError("trailing input")
    return result

for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + 0.5",
          "2 * (3 + (4 - 1)) / 3", "1.5 * 4", "2^100", "1 / 0", "3 + * 4", "(1 + 2", "4 $ 4",
          "7 % -3", "0.1 + 0.2"]:
    try:
        print(f"{e:<22} = {parse(tokenize(e))!r}")
    except ZeroDivisionError as ex:
        print(f"{e:<22} ! ZeroDivisionError: {ex}")
    except SyntaxError as ex:
        print(f"{e:<22} ! SyntaxError: {ex}")
