# Mixed-type arithmetic: bool + int -> int, int + float -> float, results and types.
vals = [True, 3, 2.5]
for a in vals:
    for b in vals:
        r = a + b
        print(repr(a), '+', repr(b), '=', repr(r), type(r).__name__, end='; ')
        r = a * b
        print('*', repr(r), type(r).__name__)
print(1 + 2.0, 3 - True, 2 * 0.5, 7 / 7, 7 // 2.0, 2 ** 0.0, True / True, False * 3.5)
print(10 ** 20 + 0.5, 10 ** 16 + 1.0, 2 ** 53 + 1.0, -5 + 0.0, 0 * -1.0)
print(sum([1, 2.0, True]), max(1, 2.0, True), min(False, 0.0, 0))
print(type(1 + 1).__name__, type(1 + 1.0).__name__, type(True + False).__name__)
