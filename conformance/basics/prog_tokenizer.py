# Program: tokenizer for a small expression language using only str methods.
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or (ch == '.' and i + 1 < len(src) and src[i + 1].isdigit()):
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            text = src[i:j]
            tokens.append(('NUM', float(text) if '.' in text else int(text)))
            i = j
        elif ch.isalpha() or ch == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            tokens.append(('NAME', src[i:j]))
            i = j
        elif ch in '"\'':
            j = src.index(ch, i + 1)
            tokens.append(('STR', src[i + 1:j]))
            i = j + 1
        elif src[i:i + 2] in ('==', '!=', '<=', '>=', '**'):
            tokens.append(('OP', src[i:i + 2]))
            i += 2
        elif ch in '+-*/()<>=,':
            tokens.append(('OP', ch))
            i += 1
        else:
            raise SyntaxError(f'unexpected character {ch!r} at {i}')
    return tokens
for src in ['x = 3 + 4.5 * (y - 2)', 'f(a, "hi there", 10) ** 2', 'a <= b != c', '.5 + x_1']:
    print(tokenize(src))
for bad in ['3 $ 4', "'unterminated"]:
    try:
        tokenize(bad)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e)
