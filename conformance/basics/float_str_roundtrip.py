# float(repr(x)) == x for many computed floats; repr is the shortest such string.
xs = []
v = 1.0
for i in range(60):
    v = v * 1.37 + 0.001 * i
    xs.append(v)
    xs.append(1 / v)
    xs.append(-v * 1e-200)
print(all(float(repr(x)) == x for x in xs), len(xs))
print([repr(x) for x in xs[:6]])
print([repr(x) for x in xs[-3:]])
shortest_ok = all(len(repr(x).replace('-', '').replace('.', '').split('e')[0].lstrip('0')) <= 17 for x in xs)
print(shortest_ok)
print([repr(i / 10) for i in range(1, 10)], [repr(i / 3) for i in range(1, 4)])
