# CSV-like text parsing into records, aggregation by department, and a formatted report
raw = """name,dept,salary,start
Alice Smith,Engineering,105000,2015-03-01
Bob Jones,Marketing,67000,2018-07-15
Carol White,Engineering,98000,2019-11-30
Dan Brown,Sales,55000,2020-01-06
Eve Black,Engineering,125000,2012-05-21
Frank Green,Sales,61000,2017-09-09
Grace Hall,Marketing,72000,2016-02-29
"""
lines = raw.strip().split("\n")
header = lines[0].split(",")
rows = [dict(zip(header, line.split(","))) for line in lines[1:]]
for r in rows:
    r["salary"] = int(r["salary"])
    r["year"] = int(r["start"][:4])
by_dept = {}
for r in rows:
    by_dept.setdefault(r["dept"], []).append(r)
print(f"{'Department':<12}|{'Count':>6}|{'Total':>10}|{'Average':>10}|{'Max':>8}")
print("-" * 12 + "+" + "-" * 6 + "+" + "-" * 10 + "+" + "-" * 10 + "+" + "-" * 8)
for dept in sorted(by_dept):
    people = by_dept[dept]
    sal = [p["salary"] for p in people]
    print(f"{dept:<12}|{len(people):>6}|{sum(sal):>10,}|{sum(sal) / len(sal):>10,.1f}|{max(sal) // 1000:>7}k")
senior = sorted(rows, key=lambda r: (r["year"], r["name"]))[:3]
print("Most senior:", ", ".join(r["name"].split()[0] for r in senior))
initials = {r["name"]: "".join(w[0] for w in r["name"].split()) for r in rows}
print(sorted(initials.values()))
raise_pct = {"Engineering": 0.05, "Marketing": 0.03, "Sales": 0.04}
for r in rows:
    new = r["salary"] * (1 + raise_pct[r["dept"]])
    print("%-12s %9.2f -> %10.2f (+%.0f)" % (r["name"], r["salary"], new, new - r["salary"]))
print(max(rows, key=lambda r: r["salary"])["name"], min(r["start"] for r in rows))
