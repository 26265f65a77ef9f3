# round() on floats: banker's rounding, ndigits, negative ndigits, binary representation effects.
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5), round(-2.5))
print(round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159), round(-3.14159, 1))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(5.0, -1), round(15.0, -1), round(25.0, -1), round(-25.0, -1))
print(round(0.1 + 0.2, 1), round(1e16 + 0.5), round(123.456, 10), round(1e-10, 5))
print(round(1e300, -300), round(12345.0, -10), round(-12345.0, -5), round(1e308, -400))
try:
    round(1.5e308, -308)
except OverflowError as e:
    print(type(e).__name__, e)
print(round(0.0), round(-0.0), round(-0.0, 1), round(-0.4), round(-0.4, 0), round(0.4, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(2.5, None), round(7.123456789, 5), round(9.995, 2), round(0.045, 2))
print(round(1e22, 2), round(123456789.123456789, 4), round(2 ** 0.5, 15))
print([round(x / 8, 2) for x in range(9)])
print([round(x + 0.5) for x in range(-3, 4)])
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round('1.5')
except TypeError as e:
    print(type(e).__name__, e)
