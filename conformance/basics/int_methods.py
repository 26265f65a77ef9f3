# int methods and attributes: real, imag, numerator, denominator, conjugate, as_integer_ratio.
n = 42
print(n.real, n.imag, n.numerator, n.denominator, n.conjugate())
print((-7).as_integer_ratio(), (0).as_integer_ratio(), (10 ** 20).as_integer_ratio())
print(int.__name__, type(n.as_integer_ratio()).__name__)
print(abs(-5), (255).bit_length(), (255).bit_count())
print(hasattr(5, 'is_integer'), hasattr(5.0, 'is_integer'))
print(type(int(5)).__name__)
print((-3).real, (-3).numerator, (2 ** 70).denominator)
print(round(7), round(-7), round(7, 2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(-1250, -2), round(15, -1), round(25, -1), round(2 ** 70 + 5, -1))
print(type(round(7, 2)).__name__, type(round(7)).__name__)
print(int('7').conjugate(), True.conjugate(), type(True.conjugate()).__name__)
print(divmod(n, 5), type(n) is int)
try:
    n.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    n.real = 5
except AttributeError as e:
    print(type(e).__name__, e)
