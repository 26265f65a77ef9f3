# Invariant checker for sorted runs; ends with an uncaught AssertionError carrying a message
def check_sorted(xs):
    for i in range(len(xs) - 1):
        assert xs[i] <= xs[i + 1], f"out of order at {i}: {xs[i]} > {xs[i + 1]}"
    return True

def merge(a, b):
    out = []
    while a and b:
        out.append(a.pop(0) if a[0] <= b[0] else b.pop(0))
    return out + a + b

runs = [[1, 4, 9], [2, 3, 10], [0, 5, 5, 6]]
for r in runs:
    print(r, check_sorted(r))
merged = []
for r in runs:
    merged = merge(merged, r[:])
print("merged:", merged, check_sorted(merged))
print(check_sorted([]))
print(check_sorted(sorted([5, 3, 9])))
assert len(merged) == sum(map(len, runs)), "lost elements"
print("lengths ok")
bad = merged[:4] + [merged[6]] + merged[4:6]
print("checking", bad)
check_sorted(bad)
print("unreachable")
