# Unpacking patterns: starred targets, nested tuples, swaps, function argument unpacking
a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = range(7)
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
head, *rest = [42]
print(head, rest)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (name, score) in enumerate([("ann", 90), ("bob", 85)], start=1):
    print(i, name, score)
pts = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*pts)
print(xs, ys, list(zip(xs, ys)) == pts)
def f(a, b, c=0, *args, d=10, **kw):
    return a, b, c, args, d, dict(sorted(kw.items()))
print(f(1, 2))
print(f(*[1, 2, 3, 4, 5]))
print(f(1, *(2,), d=4, **{"e": 5, "f": 6}))
opts = {"c": 30, "d": 40}
print(f(1, 2, **opts))
print([*range(3), *"ab", *{"k": 1}], {*"aab"} == {"a", "b"}, {**{"a": 1}, "b": 2, **{"a": 3}})
m = [[1, 2, 3], [4, 5, 6]]
print([*zip(*m)])
a = b = c = []
a.append(1)
print(a, b, c, a is c)
i, j = j, i = 5, 6
print(i, j)
data = {"name": "x", "pos": (3, 4)}
(px, py) = data["pos"]
print(px + py)
def stats(*nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, avg = stats(4, 8, 15, 16, 23, 42)
print(f"{lo=} {hi=} {avg=:.2f}")
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    p, *q, r = [1]
except ValueError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, 2, a=3)
except TypeError as e:
    print(e)
try:
    f(1, 2, **{"d": 1}, d=2)
except TypeError as e:
    print(e)
print(f(*"ab"), max(*[3, 9, 2]), "{}-{}".format(*"xy"))
