# A small Brainfuck interpreter running a hello-world program and a cell arithmetic demo
def run(code, inp=""):
    tape = [0] * 300
    ptr = pc = 0
    out = []
    jump = {}
    stack = []
    for i, c in enumerate(code):
        if c == "[":
            stack.append(i)
        elif c == "]":
            j = stack.pop()
            jump[i], jump[j] = j, i
    if stack:
        raise SyntaxError("unbalanced [")
    inp = list(inp)
    steps = 0
    while pc < len(code):
        c = code[pc]
        if c == ">": ptr += 1
        elif c == "<": ptr -= 1
        elif c == "+": tape[ptr] = (tape[ptr] + 1) % 256
        elif c == "-": tape[ptr] = (tape[ptr] - 1) % 256
        elif c == ".": out.append(chr(tape[ptr]))
        elif c == ",": tape[ptr] = ord(inp.pop(0)) if inp else 0
        elif c == "[" and tape[ptr] == 0: pc = jump[pc]
        elif c == "]" and tape[ptr] != 0: pc = jump[pc]
        pc += 1
        steps += 1
    return "".join(out), steps

hello = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
text, steps = run(hello)
print(repr(text), steps)
rev = ">,[>,]<[.<]"
print(run(rev, "stressed")[0])
add = ",>,[<+>-]<------------------------------------------------."
print(run(add, "34")[0])
try:
    run("[[]")
except SyntaxError as e:
    print("SyntaxError:", e)
