# Iteration order of int sets follows hash-table slots, deterministic in CPython.
print({5, 4, 3, 2, 1}, {10, 20, 30, 40, 50}, {8, 16, 24, 32})
print({100, 200, 300}, {1000, 2, 30}, {7, 15, 23, 31})
print(set(range(20, 0, -3)), set([64, 128, 256, 1, 2]))
print({-3, -2, -1, 0, 1, 2, 3}, {2 ** 31, 2 ** 32, 1})
s = set()
for i in [17, 5, 33, 1, 49]:
    s.add(i)
print(s, list(s))
s.discard(33)
s.add(65)
print(s)
print({x * 8 for x in range(10)})
print(sorted({9, 7, 5} | {6, 8}))
