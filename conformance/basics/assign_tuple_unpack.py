# Tuple and list unpacking targets: swaps, parenthesised targets, iterables of all kinds.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d) = [3, 4]
print(c, d)
[e, f] = (5, 6)
print(e, f)
g, h = 'xy'
print(g, h)
i, j, k = range(3)
print(i, j, k)
l, m = {'one': 1, 'two': 2}
print(l, m)
n, o = {'a': 1, 'b': 2}.items()
print(n, o)
p, = [42]
print(p)
[q] = 'z'
print(q)
a, b, c = b, c, a
print(a, b, c)
x = [0, 1, 2]
i = 0
i, x[i] = 1, 9
print(i, x)
r, s = iter([7, 8])
print(r, s)
t, u = (v for v in (10, 20))
print(t, u)
pairs = [(1, 'a'), (2, 'b'), (3, 'c')]
for num, ch in pairs:
    print(num, ch, end='; ')
print()
for idx, (num, ch) in enumerate(pairs):
    print(idx, num, ch)
w = 1, 2, 3
print(w, type(w).__name__)
y = 1,
print(y)
() = []
[] = ()
print('empty targets ok')
for errval in [(1, 2, 3), (1,), 5, 'abcd']:
    try:
        aa, bb = errval
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
