# int <-> str conversions: str/repr of ints, int() of strings with signs and whitespace.
for n in [0, -0, 7, -7, 10 ** 25, -(10 ** 25), 2 ** 64, 123456789012345678901234567890]:
    print(str(n), repr(n), len(str(n)))
print(int('42'), int('-42'), int('+42'), int('  42  '), int('\t\n 7 \r'), int('007'))
print(int('0'), int('-0'), int('00'), int('1_000'), int('1_2_3'))
print(int('123456789012345678901234567890') + 1)
print(int(-3.99), int(3.99), int(-0.5), int(1e20), int(2.5e-3))
print(int(True), int(False), int(), int('  -1_0 '))
print(int('٣'), int('１２'), int(' \u3000 5 '))
print(int(10 ** 20 + 0.0), int(float(2 ** 70)))
for bad in ['', ' ', '1.5', '1e3', '0x10', '1__0', '_1', '1_', '+-1', '- 1', '12a', 'abc',
            '١٢x']:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [None, [1], (1,)]:
    try:
        int(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(str(10 ** 100)[:5], str(-(2 ** 200))[-5:])
print(int(str(2 ** 500)) == 2 ** 500)
s = str(7 ** 300)
print(len(s), s[:10], s[-10:])
