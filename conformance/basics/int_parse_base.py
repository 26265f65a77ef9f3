# int(str, base): bases 2..36, base 0 prefix detection, prefixes with explicit base, errors.
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0XfF', 16), int('-ff', 16))
print(int('777', 8), int('0o777', 8), int('101', 2), int('0b101', 2), int('-0b1', 2))
print(int('z', 36), int('ZZ', 36), int('10', 36), int('hello', 36))
print([int('10', b) for b in range(2, 37)])
print(int('0x1f', 0), int('0o17', 0), int('0b11', 0), int('123', 0), int('-0x10', 0))
print(int('0', 0), int('000', 0), int('0_0', 0), int('0x_1f', 0), int('0b_1_0', 0))
print(int(' 0x10 ', 16), int('1_0', 16), int('+7f', 16))
print(int('11111111111111111111111111111111111111111111111111111111111111111111', 2))
print(int('zzzzzzzzzzzzzzzzzzzz', 36))
for s, b in [('012', 0), ('08', 0), ('0x', 16), ('0b2', 2), ('9', 8), ('g', 16),
             ('12', 1), ('12', 37), ('12', -1), ('0o8', 0), ('0x1g', 0), ('', 10),
             ('0b', 0), ('1_', 0), ('0_x1', 0), ('0x__1', 16)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(10, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int('10', 2.0)
except TypeError as e:
    print(type(e).__name__, e)
print(int('10', base=3), int('11', base=2))
print(int(b'42'), int(b' 0x1A ', 16), int(b'-7', 0))
