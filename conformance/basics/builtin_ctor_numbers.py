# int(), float(), bool() constructors with no args, from each other, and from strings.
print(int(), float(), bool())
print(int(3.9), int(-3.9), int('  12 '), int(True), float(7), float('  -1.5e3 '), float(True))
print(bool(0), bool(0.0), bool(''), bool('0'), bool(2), int(float('1e3')), float(int('12')))
print(int(2 ** 70 + 0.0), float(2 ** 70), int('-0'), float('-0'), int(-0.0))
print(type(int('5')).__name__, type(float(5)).__name__, type(bool(5)).__name__)
print(int('1' * 30), float('1' * 30), int(float('1' * 30)) == 10 ** 30 // 9)
try:
    int('3.0')
except ValueError as e:
    print(type(e).__name__, e)
try:
    float('3,0')
except ValueError as e:
    print(type(e).__name__, e)
try:
    int([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    float({})
except TypeError as e:
    print(type(e).__name__, e)
print(int(' +5 '), int('\u0665'), float('\u0665.5'))
