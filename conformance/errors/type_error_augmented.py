# TypeError messages for augmented assignment mention the augmented operator (+=, -=, ...).
def aug(op, a, b):
    if op == '+=':
        a += b
    elif op == '-=':
        a -= b
    elif op == '*=':
        a *= b
    elif op == '/=':
        a /= b
    elif op == '//=':
        a //= b
    elif op == '%=':
        a %= b
    elif op == '**=':
        a **= b
    elif op == '<<=':
        a <<= b
    elif op == '>>=':
        a >>= b
    elif op == '&=':
        a &= b
    elif op == '|=':
        a |= b
    elif op == '^=':
        a ^= b
    return a
for op in ['+=', '-=', '*=', '/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '|=', '^=']:
    for a, b in [(1, 'x'), (None, 1), ([1], {1})]:
        try:
            print(op, repr(aug(op, a, b)))
        except TypeError as e:
            print(op, type(e).__name__, e)
