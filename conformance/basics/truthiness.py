# Truth value of every builtin type, bool() and not.
values = [None, False, True, 0, 1, -1, 0.0, -0.0, 0.5, float('nan'), float('inf'),
          '', ' ', '0', b'', b'\x00', [], [0], [[]], (), (0,), {}, {0: 0},
          set(), {0}, frozenset(), range(0), range(1), range(5, 5), range(5, 4, -1)]
for v in values:
    print(repr(v), bool(v), not v)
print(bool(), bool(10 ** 100), bool(-10 ** 100))
print(not not 'x', not 0 == 1)
print(True == 1, False == 0, True is not False)
print(bool(iter([])), bool(x for x in []))
print(bool(len), bool(print))
print(bool(slice(0)), bool(Ellipsis), bool(NotImplemented is not None))
n = 0
while not n:
    n += 1
print(n)
print([x for x in [0, 1, '', 'a', None, [], [1]] if x])
