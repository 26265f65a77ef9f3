# Generator pipelines: lazy parsing, filtering, windowing, send() and yield from
log_lines = """2024-01-01 10:00:01 INFO start server
2024-01-01 10:00:05 WARN disk 81%
2024-01-01 10:01:00 ERROR timeout on db
2024-01-01 10:02:30 INFO request /home 200
2024-01-01 10:02:31 INFO request /api 500
2024-01-01 10:03:00 ERROR disk full
2024-01-01 10:04:00 INFO shutdown""".splitlines()

def parse(lines):
    for line in lines:
        date, time, level, *msg = line.split()
        yield {"time": time, "level": level, "msg": " ".join(msg)}

def only(level, records):
    return (r for r in records if r["level"] == level)

def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)

for r in only("ERROR", parse(log_lines)):
    print(r["time"], r["msg"])
print(list(window(range(6), 3)))
levels = {}
for r in parse(log_lines):
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(sorted(levels.items()))

def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return total
        total += x
        count += 1
        avg = total / count

a = averager()
next(a)
for v in (10, 20, 30, 45):
    print("avg:", a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("final total:", e.value)

def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, [5]]]], [], [[6, 7], 8]])))

def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", range(3), (x * x for x in range(3)))))
gen = (i for i in range(3))
print(next(gen), list(gen), list(gen), next(gen, "done"))
def countdown(n):
    try:
        while n:
            yield n
            n -= 1
    finally:
        print("countdown cleanup at", n)
c = countdown(5)
print(next(c), next(c))
c.close()
print(sum(countdown(4)))
