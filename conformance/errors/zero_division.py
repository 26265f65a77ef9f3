# ZeroDivisionError variants for int, float, modulo, divmod, pow and their exact messages.
cases = [
    ('1 / 0', lambda: 1 / 0), ('1 // 0', lambda: 1 // 0), ('1 % 0', lambda: 1 % 0),
    ('1.0 / 0', lambda: 1.0 / 0), ('1.0 // 0.0', lambda: 1.0 // 0.0), ('1.0 % 0', lambda: 1.0 % 0),
    ('divmod(1, 0)', lambda: divmod(1, 0)), ('divmod(1.0, 0)', lambda: divmod(1.0, 0)),
    ('0 ** -1', lambda: 0 ** -1), ('0.0 ** -2', lambda: 0.0 ** -2), ('pow(0, -3)', lambda: pow(0, -3)),
    ('10**30 // 0', lambda: 10 ** 30 // 0), ('10**30 % 0', lambda: 10 ** 30 % 0),
    ('True / False', lambda: True / False), ('x /= 0', None),
]
for text, f in cases:
    try:
        if f is None:
            x = 5
            x /= 0
        else:
            f()
    except ZeroDivisionError as e:
        print(f'{text:14} {type(e).__name__}: {e}')
print(issubclass(ZeroDivisionError, ArithmeticError))
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float('inf') if a > 0 else float('-inf') if a < 0 else float('nan')
print(safe_div(1, 0), safe_div(-1, 0), safe_div(0, 0), safe_div(6, 3))
