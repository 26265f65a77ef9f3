# Program: merge overlapping intervals, find gaps, and compute total covered length.
def merge(intervals):
    out = []
    for lo, hi in sorted(intervals):
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [tuple(x) for x in out]
cases = [[(1, 3), (2, 6), (8, 10), (15, 18)], [(1, 4), (4, 5)], [(5, 7)], [], [(6, 8), (1, 9), (2, 4)],
         [(1.5, 2.5), (2.0, 3.0), (-1, 0)]]
for c in cases:
    m = merge(c)
    gaps = [(a[1], b[0]) for a, b in zip(m, m[1:])]
    print(m, gaps, sum(hi - lo for lo, hi in m))
meetings = [(9, 10.5), (10, 11), (13, 14), (13.5, 15), (16, 17)]
busy = merge(meetings)
free = [(a, b) for a, b in zip([8] + [hi for _, hi in busy], [lo for lo, _ in busy] + [18]) if b > a]
print(busy, free)
