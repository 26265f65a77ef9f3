# Membership in ranges: ints computed arithmetically, floats compared by equality.
r = range(0, 100, 7)
print(14 in r, 15 in r, 98 in r, 105 in r, -7 in r, 0 in r)
print(10 ** 20 in range(10 ** 21), 10 ** 20 + 1 in range(0, 10 ** 21, 2))
print(7.0 in r, 7.5 in r, True in range(2), False in range(1, 3))
print(5 in range(10, 0, -1), 0 in range(10, 0, -1), 10 in range(10, 0, -1))
print('a' in range(3), None in range(3), [1] in range(3))
print(range(3).count(1.0), range(3).index(True))
