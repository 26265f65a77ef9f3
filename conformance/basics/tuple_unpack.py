# Tuple packing/unpacking in returns, swaps, loops and function arguments.
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([3, 1, 4, 1, 5])
print(lo, hi)
r = minmax('hello')
print(r, r[0])
a, b, c = (1, 2, 3)
a, b, c = c, a, b
print(a, b, c)
for x, y in ((1, 2), (3, 4)):
    print(x * y)
def f(*args):
    return args
print(f(*(1, 2)), f((1, 2)))
point = (3, 4)
x, y = point
print((x ** 2 + y ** 2) ** 0.5)
first, *rest = (1, 2, 3)
print(first, rest, type(rest).__name__)
(a, b), c = (1, 2), 3
print(a, b, c)
t = 1,
(single,) = t
print(single)
