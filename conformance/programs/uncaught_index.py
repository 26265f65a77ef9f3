# Stack machine that underflows and ends with an uncaught IndexError
program = "3 4 + 2 * dup * print 5 - print + print"
stack = []
for tok in program.split():
    if tok.isdigit():
        stack.append(int(tok))
    elif tok == "+":
        stack.append(stack.pop() + stack.pop())
    elif tok == "-":
        b, a = stack.pop(), stack.pop()
        stack.append(a - b)
    elif tok == "*":
        stack.append(stack.pop() * stack.pop())
    elif tok == "dup":
        stack.append(stack[-1])
    elif tok == "print":
        print(stack[-1], stack)
