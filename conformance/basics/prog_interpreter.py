# Program: a tiny stack-machine interpreter with labels, jumps and error reporting.
program = '''
    push 10
    store n
    push 0
    store acc
loop:
    load n
    jz end
    load acc
    load n
    add
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
end:
    load acc
    print
'''
def run(src, max_steps=10000):
    code, labels = [], {}
    for line in src.strip().splitlines():
        line = line.strip()
        if line.endswith(':'):
            labels[line[:-1]] = len(code)
        elif line:
            code.append(line.split())
    stack, mem, pc, steps, out = [], {}, 0, 0, []
    while pc < len(code):
        steps += 1
        if steps > max_steps:
            raise RuntimeError('step limit exceeded')
        op, *args = code[pc]
        pc += 1
        if op == 'push':
            stack.append(int(args[0]))
        elif op == 'store':
            mem[args[0]] = stack.pop()
        elif op == 'load':
            stack.append(mem[args[0]])
        elif op in ('add', 'sub', 'mul'):
            b, a = stack.pop(), stack.pop()
            stack.append(a + b if op == 'add' else a - b if op == 'sub' else a * b)
        elif op == 'jz':
            if stack.pop() == 0:
                pc = labels[args[0]]
        elif op == 'jmp':
            pc = labels[args[0]]
        elif op == 'print':
            out.append(stack.pop())
        else:
            raise ValueError(f'unknown op {op!r} at {pc - 1}')
    return out, steps
print(run(program))
for bad in ['push 1\nfrob', 'loop:\njmp loop', 'pop', 'load x']:
    try:
        print(run(bad, 100))
    except (RuntimeError, ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
