# round() on ints with negative ndigits (half to even), bools, and None ndigits.
print(round(5), round(-5), round(123, 1), round(123, -1), round(125, -1), round(135, -1), round(-125, -1))
print(round(150, -2), round(250, -2), round(-250, -2), round(5, -1), round(15, -1), round(1, -1))
print(round(10 ** 20 + 5, -1), round(10 ** 20 + 15, -1), round(999, -3), round(499, -3), round(500, -3))
print(round(123456, -10), round(True), round(True, -1), type(round(True)).__name__)
print(round(7, None), round(-7, 0), type(round(7, 2)).__name__)
print(round(2.5), round(3.5), round(-3.5), round(4.5), round(0.49999999999999994))
try:
    round(1, '1')
except TypeError as e:
    print(type(e).__name__, e)
try:
    round()
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(None)
except TypeError as e:
    print(type(e).__name__, e)
