# Dictionary manipulation: merging, inverting, nested defaults, views, comprehension filters
prices = {"apple": 1.2, "banana": 0.5, "cherry": 3.0, "date": 2.25}
extra = {"banana": 0.55, "elderberry": 4.1}
merged = {**prices, **extra}
print(merged)
print(prices | extra, extra | prices)
p2 = dict(prices)
p2 |= {"fig": 1.0}
print(p2, len(p2))
inverted = {v: k for k, v in merged.items()}
print(sorted(inverted.items()))
print(list(merged.keys())[:3], list(merged.values())[-2:], list(merged.items())[1])
keys = merged.keys()
merged["grape"] = 2.0
print("grape" in keys, len(keys), keys & {"apple", "zzz"}, sorted(keys - {"apple"}))
print(merged.get("kiwi"), merged.get("kiwi", 0), merged.setdefault("kiwi", 9.9), merged["kiwi"])
print(merged.pop("kiwi"), merged.pop("kiwi", "gone"), merged.popitem())
cheap = {k: v for k, v in merged.items() if v < 2}
print(cheap)
nested = {}
for path, val in [("a.b.c", 1), ("a.b.d", 2), ("a.e", 3), ("f", 4)]:
    node = nested
    *parents, leaf = path.split(".")
    for p in parents:
        node = node.setdefault(p, {})
    node[leaf] = val
print(nested)
def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = prefix + k
        if isinstance(v, dict):
            out.update(flatten(v, key + "."))
        else:
            out[key] = v
    return out
print(flatten(nested))
print(dict.fromkeys("abc", 0), dict(zip(range(3), "xyz")), dict(a=1, b=2), dict([("k", "v")]))
d = {1: "one", 2: "two", 3: "three"}
for k in list(d):
    if k % 2:
        del d[k]
print(d, {} == dict(), {1: 2} == {1: 2.0}, d.copy() is d)
try:
    for k in d:
        d[k + 10] = "x"
except RuntimeError as e:
    print("RuntimeError:", e)
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts, key=counts.get, reverse=True), max(counts.values()))
print(list(reversed(counts.items())), dict(sorted(counts.items(), key=lambda kv: kv[1])))
