# Tiny stack machine that underflows on the last instructions and ends with an uncaught IndexError
program = "3 4 + 2 * dup * print 10 swap - print 5 - print + print"
stack = []
trace = []
def binop(fn):
    b, a = stack.pop(), stack.pop()
    stack.append(fn(a, b))
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for pc, tok in enumerate(program.split()):
    trace.append(tok)
    if tok.isdigit():
        stack.append(int(tok))
    elif tok in OPS:
        binop(OPS[tok])
    elif tok == "dup":
        stack.append(stack[-1])
    elif tok == "swap":
        stack[-1], stack[-2] = stack[-2], stack[-1]
    elif tok == "print":
        print(f"pc={pc:2d} top={stack[-1]} stack={stack}")
    else:
        raise SyntaxError(tok)
print("finished", stack)
