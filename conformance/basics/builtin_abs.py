# abs() on ints, bigs, floats, bools, signed zeros and specials; TypeError otherwise.
print(abs(5), abs(-5), abs(0), abs(-10 ** 30), abs(2 ** 63), abs(-(2 ** 63)))
print(abs(-2.5), abs(2.5), abs(-0.0), abs(float('-inf')), abs(float('nan')), abs(-1e-320))
print(abs(True), abs(False), type(abs(True)).__name__, type(abs(-1.0)).__name__)
for bad in ['-1', None, [1]]:
    try:
        abs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted([-3, 2, -1], key=abs), max([-7, 5], key=abs))
