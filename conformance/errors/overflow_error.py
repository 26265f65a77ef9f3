# OverflowError sources: float conversion of huge ints, float power, int(inf), range len, chr.
cases = [
    ('float(10**400)', lambda: float(10 ** 400)), ('10.0**400', lambda: 10.0 ** 400),
    ('int(inf)', lambda: int(float('inf'))), ('2**2000 / 3', lambda: 2 ** 2000 / 3),
    ('len(range(2**64))', lambda: len(range(2 ** 64))), ('chr(2**64)', lambda: chr(2 ** 64)),
    ('(1e308).as_integer_ratio', lambda: float('inf').as_integer_ratio()),
    ('[0] * 2**64', lambda: [0] * 2 ** 64), ('(256).to_bytes(1)', lambda: (256).to_bytes(1, 'big')),
    ('round(inf)', lambda: round(float('inf'))), ('10**400 + 0.5', lambda: 10 ** 400 + 0.5),
    ('math-free exp', lambda: 2.0 ** 5000),
]
for text, f in cases:
    try:
        print(text, f())
    except OverflowError as e:
        print(f'{text}: {type(e).__name__}: {e}')
    except MemoryError as e:
        print(f'{text}: {type(e).__name__}')
print(issubclass(OverflowError, ArithmeticError), 10 ** 400 > 1e308, 2 ** 64 * 2 ** 64)
