# oracle find: constant set display order when CPython folds -1 / (1, 2) / 2**4 into constants
print({6, -1, -2})
print({0, 6, -1, -2})
print({-1, 7, 15, 6})
print({(1, 2), (3, 4), 5.5, 0.1})
print({1, 9, 2 ** 4 + 1, -(2 ** 63)})
print(frozenset({-8, 0, 8, -16}))
