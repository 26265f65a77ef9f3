# Script that validates input records and stops early with exit() once everything is processed
records = ["alice:30", "bob:x", "carol:41", "", "dave:27"]
valid = []
for line in records:
    if not line:
        print("blank line, skipping")
        continue
    name, _, age = line.partition(":")
    if not age.isdigit():
        print(f"invalid age for {name}: {age!r}")
        continue
    valid.append((name, int(age)))
print(valid)
by_decade = {}
for name, age in valid:
    by_decade.setdefault(age // 10 * 10, []).append(name)
print(sorted(by_decade.items()))
oldest = max(valid, key=lambda r: r[1])
print("oldest:", oldest[0], oldest[1])
print("average age:", sum(a for _, a in valid) / len(valid))
if len(valid) < 10:
    print("not enough records, stopping")
    exit(0)
print("this line is never reached")
