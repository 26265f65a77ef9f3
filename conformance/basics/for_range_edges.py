# for over ranges with unusual bounds: empty, single, negative steps, huge steps, big ints.
cases = [(0,), (1,), (5, 5), (5, 4), (0, 10, 3), (10, 0, -3), (-5, 5, 5), (0, 1, 100),
         (10 ** 20, 10 ** 20 + 3), (2 ** 63 - 2, 2 ** 63 + 1), (3, -4, -2)]
for args in cases:
    out = []
    for i in range(*args):
        out.append(i)
    print(args, out)
count = 0
for _ in range(0, 10 ** 6, 1000):
    count += 1
print(count)
for i in range(3):
    for j in range(i, -1, -1):
        print(i, j, end='; ')
print()
