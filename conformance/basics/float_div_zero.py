# Float division/modulo by zero raise ZeroDivisionError with operation-specific messages.
cases = [('1.0 / 0', lambda: 1.0 / 0), ('1 / 0.0', lambda: 1 / 0.0), ('0.0 / 0.0', lambda: 0.0 / 0.0),
         ('1.0 // 0', lambda: 1.0 // 0), ('1 // 0.0', lambda: 1 // 0.0), ('1.0 % 0', lambda: 1.0 % 0),
         ('5 % 0.0', lambda: 5 % 0.0), ('divmod(1.0, 0)', lambda: divmod(1.0, 0)),
         ('divmod(1, 0.0)', lambda: divmod(1, 0.0)), ('0.0 ** -1', lambda: 0.0 ** -1),
         ('0 ** -1', lambda: 0 ** -1), ('pow(0.0, -2.5)', lambda: pow(0.0, -2.5)),
         ('-0.0 ** -1', lambda: (-0.0) ** -1), ('inf / 0', lambda: float('inf') / 0),
         ('nan / 0', lambda: float('nan') / 0), ('1 / 0', lambda: 1 / 0),
         ('1 // 0', lambda: 1 // 0), ('1 % 0', lambda: 1 % 0), ('-0.0 / 0', lambda: -0.0 / 0)]
for text, f in cases:
    try:
        print(text, '=', f())
    except ZeroDivisionError as e:
        print(text, '->', type(e).__name__, e)
x = 0.0
print(1.0 * x, x / 1.0, x // 3, x % 3, 0.0 ** 0, 0.0 ** 2)
