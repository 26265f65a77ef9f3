# Chained comparisons: each operand evaluated once, short-circuit, mixed operators.
def v(tag, x):
    print('eval', tag)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 < 2 > 0)
print(v('a', 1) < v('b', 2) < v('c', 3))
print(v('a', 5) < v('b', 2) < v('c', 3))
print(v('a', 1) < v('b', 2) > v('c', 0) == v('d', 0))
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 != 6)
print(1 < 2 == 2 < 3 != 4)
print('a' < 'b' < 'c', [1] < [2] < [2, 0])
print(1 in [1, 2] in [[1, 2]])
print(None is None is None, None is not None is None)
print(2 < 3 not in [3])
print(0 < 0.5 < True)
print(1 == 1.0 == True, 0 == False == 0.0)
lo, hi = 10, 20
print([n for n in range(5, 25, 3) if lo <= n <= hi])
a = b = c = 7
print(a == b == c, a < b < c, a <= b <= c)
print(-1 < 0 < 1 < 2 < 3 < 4 < 5)
print(3 > 2 < 5 > 1)
try:
    print(1 < 'a' < 2)
except TypeError as e:
    print(type(e).__name__, e)
print(1 > 2 < 'a')
