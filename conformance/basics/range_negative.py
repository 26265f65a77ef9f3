# Ranges with negative steps and bounds: emptiness, lengths, last elements, reversed.
for args in [(10, 0, -1), (10, 0, -3), (0, 10, -1), (-1, -10, -2), (5, -5, -5), (0, -1, -1), (3, 3, -1)]:
    r = range(*args)
    print(args, list(r), len(r), r[-1] if r else None)
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(10, 0, -4))))
print(type(reversed(range(3))).__name__, list(reversed(range(0))))
print(range(10, 0, -2)[1:3], list(range(-5, 5, 3)), range(-5, 5, 3)[-1])
