# Age validation pipeline that re-raises a ValueError with context; the last input is uncaught
def parse_age(s):
    try:
        age = int(s)
    except ValueError as e:
        raise ValueError(f"invalid age {s!r}") from e
    if age < 0:
        raise ValueError("age must be non-negative, got %d" % age)
    if age > 150:
        raise ValueError(f"implausible age {age}")
    return age

def bucket(age):
    return f"{age // 10 * 10}s"

ages = []
for raw in ["42", "7", "-1", " 33 ", "200", "x9", "65"]:
    try:
        a = parse_age(raw)
        ages.append(a)
        print(f"{raw!r:>6} -> {a} ({bucket(a)})")
    except ValueError as e:
        print(f"{raw!r:>6} -> warning: {e}")
print("valid:", ages, "mean:", sum(ages) / len(ages))
groups = {}
for a in ages:
    groups.setdefault(bucket(a), []).append(a)
print(dict(sorted(groups.items())))
print(parse_age("forty"))
