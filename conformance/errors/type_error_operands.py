# TypeError "unsupported operand type(s)" for every binary operator and type pair.
pairs = [(1, 'a'), ('a', 1), ([1], 1), (None, None), ({}, {}), (1.5, [2]), ((1,), 2.0), (b'x', 'y')]
ops = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@']
funcs = {
    '+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b,
    '/': lambda a, b: a / b, '//': lambda a, b: a // b, '%': lambda a, b: a % b,
    '**': lambda a, b: a ** b, '<<': lambda a, b: a << b, '>>': lambda a, b: a >> b,
    '&': lambda a, b: a & b, '|': lambda a, b: a | b, '^': lambda a, b: a ^ b,
    '@': lambda a, b: a @ b,
}
for a, b in pairs:
    for op in ops:
        try:
            r = funcs[op](a, b)
            print(repr(a), op, repr(b), '=', repr(r))
        except TypeError as e:
            print(e)
