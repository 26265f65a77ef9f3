# range argument errors and huge ranges whose len() overflows.
for args in [(0.5,), ('3',), (1, 'a'), (None,), (1, 2, 0)]:
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
big = range(2 ** 64)
print(big[-1], big[2 ** 63], 2 ** 63 in big)
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
print(big.stop - big.start, bool(big))
try:
    len(range(10 ** 25)[::7])
except OverflowError as e:
    print(type(e).__name__, e)
