# Assignment expressions (:=) in conditions, loops, comprehensions and calls.
if (n := len('hello')) > 3:
    print('long', n)
print(n)
data = [1, 5, 9, 14, 3]
if any((big := x) > 10 for x in data):
    print('first big', big)
values = [y for x in range(6) if (y := x * x) % 2 == 0]
print(values, y)
total = 0
print([total := total + x for x in range(5)], total)
chunks = []
stream = iter('abcdefg')
while (c := next(stream, None)) is not None:
    chunks.append(c.upper())
print(''.join(chunks))
print((a := 10) + a)
def f(x):
    return x * 2
print([f(v) for v in range(4) if (w := f(v)) > 2], w)
print((z := 5), z)
r = [(q := i, q * 10) for i in range(3)]
print(r, q)
def g():
    [m := k for k in range(3)]
    return m
print(g())
def outer():
    [inner := 1 for _ in range(1)]
    return inner
print(outer())
print(f(k := 21), k)
t = (p := 1, 2)
print(t, p)
if not (empty := []):
    print('empty is', empty)
