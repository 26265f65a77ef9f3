# oracle find: cpython: [_...] || krait: [_...]
lam1 = lambda a2: list({0, 5, -3})
print(lam1(0))
