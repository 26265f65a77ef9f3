# oracle find: a set display with 2 ** 64 is not folded to a frozenset constant as CPython does
print({0, 2 ** 64, 1, 2, -9})
print([*(tuple({0, (2 ** 64), 1, 2, -9}))])
print({0, 2 ** 100 - 1, 1, 2, -9, 33})
print({0, 2 ** 200, 1, 9, -9})
