# round() and divmod() builtins with huge ndigits, bools, big ints, floats and error cases.
print(round(12345, -2), round(12350, -2), round(12450, -2), round(-12350, -2), round(5, 10**30), round(1.5, 10**30), round(1.5, -10**30), round(-1.5, -10**30))
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(2.5, 0), round(1e300, -300), round(True), round(True, 2), type(round(True)).__name__)
print(round(10**30 + 5 * 10**9, -10), round(-(10**30) - 5 * 10**9, -10), round(7, None), round(7.5, None))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(True, True), divmod(10**30, 7), divmod(-10**30, 10**20 + 1))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5), divmod(0.0, -1), divmod(-0.0, 1), divmod(1e308, 1e-308), divmod(True, 0.5), divmod(2**70, 3.0))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (10**30, 0), ('a', 1), (1, 'b'), (2**2000, 1.5)]:
    try:
        print(divmod(a, b))
    except Exception as e:
        print(type(e).__name__, e)
for x, n in [(1.5, 'a'), (5, 1.0), ('s', 1), (1.5, 2.0), (float('inf'), None), (float('nan'), None), (float('inf'), 2)]:
    try:
        print(round(x, n))
    except Exception as e:
        print(type(e).__name__, e)
try:
    str.maketrans('ab', 5)
except TypeError as e:
    print(e)
try:
    str.maketrans(5, 'ab', 7)
except TypeError as e:
    print(e)
