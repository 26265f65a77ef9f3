# Interval problems: merging, inserting, meeting rooms, free time and coverage
def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out

print(merge([[1, 3], [2, 6], [8, 10], [15, 18]]))
print(merge([[1, 4], [4, 5]]), merge([]), merge([[5, 7], [1, 2], [2, 4], [6, 8]]))

def rooms_needed(meetings):
    events = sorted([(s, 1) for s, _ in meetings] + [(e, -1) for _, e in meetings])
    cur = best = 0
    for _, d in events:
        cur += d
        best = max(best, cur)
    return best

meetings = [(9, 10.5), (9.5, 11), (10, 12), (11, 12.5), (13, 14), (13.5, 15)]
print("rooms:", rooms_needed(meetings))
def fmt_time(h):
    hh = int(h)
    mm = round((h - hh) * 60)
    return f"{hh:02d}:{mm:02d}"
busy = merge([list(m) for m in meetings])
free = [(a[1], b[0]) for a, b in zip(busy, busy[1:])]
print("busy:", [f"{fmt_time(s)}-{fmt_time(e)}" for s, e in busy])
print("free:", [f"{fmt_time(s)}-{fmt_time(e)}" for s, e in free])
covered = sum(e - s for s, e in busy)
print(f"covered {covered} hours, {covered / 8:.1%} of an 8h day")
def insert(intervals, new):
    return merge(intervals + [new])
print(insert([[1, 2], [3, 5], [6, 7], [8, 10], [12, 16]], [4, 8]))
points = [1, 2, 3, 7, 8, 10, 11, 12, 20]
ranges = []
for p in points:
    if ranges and p == ranges[-1][1] + 1:
        ranges[-1][1] = p
    else:
        ranges.append([p, p])
print(",".join(f"{a}-{b}" if a != b else str(a) for a, b in ranges))
