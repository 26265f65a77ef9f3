# Data checker that stops with SystemExit carrying a message after reporting bad values
readings = {"sensor-a": [3, 1, 4, 1], "sensor-b": [5, -9, 2], "sensor-c": [6, 5, 3], "sensor-d": [-5, -8]}

def check(values):
    bad = [v for v in values if v < 0]
    for v in values:
        print("  checked", v)
    return bad

problems = {}
for name in sorted(readings):
    print(name)
    bad = check(readings[name])
    if bad:
        problems[name] = bad
ok = sorted(set(readings) - set(problems))
print("ok sensors:", ok)
print("mean of good sensors:", sum(sum(readings[s]) for s in ok) / sum(len(readings[s]) for s in ok))
if problems:
    for name, bad in sorted(problems.items()):
        print(f"negative values in {name}: {bad}")
    raise SystemExit("aborting: negative values")
print("all good")
