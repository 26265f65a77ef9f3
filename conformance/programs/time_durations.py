# Time arithmetic by hand: parsing hh:mm:ss, durations, time zones, and pretty printing
def parse(t):
    parts = [int(p) for p in t.split(":")]
    while len(parts) < 3:
        parts.append(0)
    h, m, s = parts
    if not (0 <= m < 60 and 0 <= s < 60):
        raise ValueError(f"bad time {t!r}")
    return h * 3600 + m * 60 + s

def fmt(sec):
    sign = "-" if sec < 0 else ""
    sec = abs(sec)
    h, rem = divmod(sec, 3600)
    m, s = divmod(rem, 60)
    return f"{sign}{h:02d}:{m:02d}:{s:02d}"

def human(sec):
    units = [("day", 86400), ("hour", 3600), ("minute", 60), ("second", 1)]
    parts = []
    for name, size in units:
        n, sec = divmod(sec, size)
        if n:
            parts.append(f"{n} {name}{'s' if n != 1 else ''}")
    return ", ".join(parts) or "0 seconds"

laps = ["0:04:31", "0:04:45", "0:04:29", "0:05:02", "0:04:50"]
secs = [parse(l) for l in laps]
print("total", fmt(sum(secs)), "best", fmt(min(secs)), "avg", fmt(sum(secs) // len(secs)))
print([fmt(b - a) for a, b in zip(secs, secs[1:])])
for s in (0, 1, 59, 61, 3600, 3661, 86399, 90061, 1000000):
    print(f"{s:>8} {fmt(s)} {human(s)}")
for bad in ("12:60", "1:2:75"):
    try:
        parse(bad)
    except ValueError as e:
        print(e)
zones = {"UTC": 0, "NYC": -5, "Tokyo": 9, "Delhi": 5.5}
meeting = parse("14:30")
for z, off in zones.items():
    local = (meeting + int(off * 3600)) % 86400
    print(f"{z:<6} {fmt(local)[:5]}")
print(fmt(parse("23:59:59") - parse("00:00:01")), fmt(-90))
