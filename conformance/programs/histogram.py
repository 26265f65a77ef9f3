# Vertical and horizontal ASCII histograms of dice-sum distributions
counts = {}
for a in range(1, 7):
    for b in range(1, 7):
        counts[a + b] = counts.get(a + b, 0) + 1
total = sum(counts.values())
for s in range(2, 13):
    pct = counts[s] / total
    print(f"{s:>2} | {'█' * counts[s]:<6} {counts[s]}/36 = {pct:6.2%}")
print()
height = max(counts.values())
for level in range(height, 0, -1):
    print("".join(" # " if counts[s] >= level else "   " for s in range(2, 13)))
print("".join(f"{s:^3}" for s in range(2, 13)))
three = {}
for a in range(1, 7):
    for b in range(1, 7):
        for c in range(1, 7):
            three[a + b + c] = three.get(a + b + c, 0) + 1
scale = 2
for s, c in sorted(three.items()):
    print("%2d %3d %s" % (s, c, "*" * (c // scale)))
mean = sum(s * c for s, c in three.items()) / 216
var = sum((s - mean) ** 2 * c for s, c in three.items()) / 216
print("mean=%.3f var=%.4f sd=%.4f" % (mean, var, var ** 0.5))
print(max(three, key=three.get), [s for s, c in three.items() if c == max(three.values())])
