# Unary operators -, +, ~, not on ints, floats, bools, big ints; TypeErrors for other types.
for v in [0, 5, -5, 2 ** 70, -(2 ** 70), True, False, 1.5, -0.0, float('inf')]:
    neg = -v
    pos = +v
    inv = ~v if not isinstance(v, float) else 'n/a'
    print(repr(v), repr(neg), repr(pos), repr(inv), not v)
for bad in ['s', [1], None, (1,), {}]:
    for name, op in [('-', lambda o: -o), ('+', lambda o: +o), ('~', lambda o: ~o)]:
        try:
            op(bad)
        except TypeError as e:
            print(type(e).__name__, e)
print(not 's', not [], not None, not not {}, --5, ~~7, -(-(-3)))
