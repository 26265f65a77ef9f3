# Average calculator that crashes on an empty group with ZeroDivisionError
groups = {"a": [1, 2, 3], "b": [10, 20], "c": []}
for name in sorted(groups):
    vals = groups[name]
    print(name, "sum", sum(vals))
    print(name, "avg", sum(vals) / len(vals))
