# range: construction, len, iteration, list conversion, step variants, bool.
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)), list(range(10, 0, -2)))
print(list(range(0)), list(range(5, 2)), list(range(-3)), list(range(-5, -1)), list(range(3, -3, -1)))
for r in [range(10), range(1, 10, 2), range(10, 1, -3), range(0), range(5, 5), range(-10, 10, 7),
          range(0, 10 ** 20, 10 ** 19)]:
    print(r, len(r), bool(r))
print(len(range(0, 10 ** 15, 3)), range(10 ** 30)[-1], range(10 ** 30)[10 ** 29])
total = 0
for i in range(1, 101):
    total += i
print(total, sum(range(101)))
print(range(3).start, range(1, 9, 2).stop, range(1, 9, 2).step, range(5).step)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range()
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
print(list(range(True, 3)), type(range(3)).__name__)
