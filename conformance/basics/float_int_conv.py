# Converting floats to ints: truncation, huge values, inf/nan errors, round/floor-like ops.
print(int(2.9), int(-2.9), int(0.9999999999999999), int(1e15 + 0.5), int(-1e-300))
print(int(1e20), int(1.5e300) % 10 ** 9, int(2.0 ** 100) == 2 ** 100, int(-2.0 ** 70))
print(int(123456789.987654321), int(float(2 ** 63)), int(9007199254740993.0))
for v in [float('inf'), float('-inf'), float('nan')]:
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for v in [float('inf'), float('nan')]:
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for v in [float('inf'), float('nan')]:
    try:
        v // 1
        print('floor division is fine:', v // 1)
        (v).as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), type(round(2.5)).__name__)
print(round(2.5, 0), type(round(2.5, 0)).__name__, round(float('inf'), 2), round(float('nan'), 1))
print(int('12') + int(12.7), int(True + 0.5))
def floor(x):
    i = int(x)
    return i - 1 if x < i else i
print([floor(v) for v in (2.5, -2.5, -3.0, 0.1, -0.1)])
print(int(-0.0), int(0.0), 5 // 1.0, int(5 // 1.0))
