# constant folding follows CPython ast_opt limits (128-bit ints); it decides set display order
print({0, 2 ** 64, 1, 2, -9})
print({0, 2 ** 128, 1, 2, -9}, {0, 2 ** 129, 1})
print({1 << 100, 3, 1 << 200}, {10**20 * 10**18, 4}, {7 // 2, 0.5, 1/0 if 0 else 2})
print({2**-1, 3, 5 % 3, -7 // 2, 2.5 * 4})
x = 1 - 1
print({10**30, 1, 2, 3, 8})
print({~5, 3, -1, ~2**70, 9}); print({not 0, 5, 2})
