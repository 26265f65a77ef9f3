# Grade-book averages per group; the last (empty) group triggers an uncaught ZeroDivisionError
groups = {
    "algebra": [88, 92, 79, 65, 95],
    "biology": [72, 81, 90],
    "chemistry": [55, 61],
    "drama": [],
}
def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"
overall = []
for name in sorted(groups):
    vals = groups[name]
    overall.extend(vals)
    print(f"{name:<10} n={len(vals)} sum={sum(vals)}")
    if vals:
        print(f"{'':<10} best={max(vals)} worst={min(vals)}")
print("overall mean: %.2f" % (sum(overall) / len(overall)))
for name in sorted(groups):
    vals = groups[name]
    avg = sum(vals) / len(vals)
    print(f"{name:<10} avg={avg:6.2f} grade={letter(avg)}")
print("done")
