# TypeError for unary operators and abs/len on unsupported types.
for v in ['text', [1], None, {1: 2}, (1,), {1}, b'b', len]:
    for name, f in [('-', lambda x: -x), ('+', lambda x: +x), ('~', lambda x: ~x), ('abs', abs)]:
        try:
            f(v)
        except TypeError as e:
            print(name, e)
try:
    ~1.0
except TypeError as e:
    print(type(e).__name__, e)
