# bool is an int subclass: arithmetic, results are ints, bitwise ops keep bool.
print(True + True, True - False, True * 10, True / 2, True // 2, True % 2)
print(-True, +True, ~True, ~False, abs(-True))
print(type(True + True).__name__, type(-True).__name__, type(True * 1.5).__name__)
print(True & False, True | False, True ^ True, False ^ False)
print(type(True & False).__name__, type(True & 1).__name__, type(True | 2).__name__)
print(True << 3, True >> 1, True ** 10, 2 ** True, False ** 0)
print(sum([True, True, False, True]), sum([0.5, True]))
print(True == 1, False == 0, True == 1.0, True != 2)
print(int(True), float(False), str(True), repr(False))
print(bool(1), bool(0), bool(-1), bool(0.0), bool('False'))
print(divmod(True, True), pow(True, 5), round(True), max(True, 0.5))
print(isinstance(True, int), isinstance(1, bool), type(True) is bool)
d = {1: 'int one', True: 'bool one'}
print(d)
d = {True: 'first'}
d[1] = 'second'
d[1.0] = 'third'
print(d)
print(True in [1], 1 in [True], 0 in [False])
print([True, False, 1, 0].count(True), [0, 1].index(True))
print(True < 2, False < True, sorted([True, False, 2, -1, 0.5]))
print(str(True + 0), f'{True}', f'{True:d}', '%d' % True, '%s' % True)
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length())
print(~True & 0xF, not True, not not 5)
try:
    True / False
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(bool.__name__, int.__name__)
