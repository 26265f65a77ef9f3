# Underscores in int literals and int() strings: where they are allowed.
print(1_000_000, 0x_FF, 0b_1010, 0o_777, 1_0.5_0, 1_0e1_0)
print(int('1_000_000'), int('0x_FF', 16), int('0_0'), int('1_0', 2))
print(float('1_000.5'), float('1_0e1_0'), float('.5_5'))
for s in ['_1', '1_', '1__0', '1_ 0', ' _1', '1._0', '0x_', '_']:
    try:
        print(repr(s), int(s, 0))
    except ValueError as e:
        print(type(e).__name__, e)
for s in ['1_.5', '1._5', '1__0.0', '1e_5', '_1.0', '1.0_']:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
print(10_000 + 1, 0xdead_beef, 0o1_7, 0b1_1_1)
print(int('١_٢'))
