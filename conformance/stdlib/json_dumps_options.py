# json.dumps options: indent, separators, sort_keys, skipkeys, allow_nan, check_circular
import json
data = {"b": [1, 2, {"x": None}], "a": {"c": [], "d": {}}, "e": "s"}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent=-3))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent="--"))
print(repr(json.dumps(data, indent="")))
print(json.dumps(data, indent=True))
print(json.dumps(data, indent=False))
print(json.dumps([[], {}, [[]]], indent=4))
print(json.dumps(5, indent=4), json.dumps("s", indent=4), json.dumps([], indent=2))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, sort_keys=True, indent=1))
print(json.dumps({3: 1, 1: 2, 2.5: 3}, sort_keys=True))
print(json.dumps({"b": 1, "a": 2, "A": 3, "": 4}, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, separators=(" , ", " : ")))
print(json.dumps(data, separators=[";", "="]))
print(json.dumps(data, separators=(",", ": "), indent=2))
print(json.dumps([1, [2]], indent=2, separators=("", "")))
print(json.dumps({(1, 2): 1, "ok": 2, frozenset(): 3}, skipkeys=True))
print(json.dumps({(1, 2): 1}, skipkeys=True), json.dumps({(1, 2): 1}, skipkeys=True, indent=2))
print(json.dumps([float("nan"), 1.5], allow_nan=True))
for kw in [{}, {"indent": 2}]:
    for v in [[float("nan")], [float("inf")], {"k": float("-inf")}, {float("nan"): 1}]:
        try:
            print(json.dumps(v, allow_nan=False, **kw))
        except ValueError as e:
            print(type(e).__name__, e)
print(json.dumps([1.5, 2], allow_nan=False))
shared = [1, 2]
print(json.dumps([shared, shared, {"a": shared}]))
print(json.dumps([shared, shared], check_circular=False))
print(json.dumps({"a": 1}, skipkeys=0, ensure_ascii=1, check_circular=[], allow_nan="yes"))
print(json.dumps("\u00e9", ensure_ascii=0), json.dumps("\u00e9", ensure_ascii=""))
print(json.dumps([1], indent=None, separators=None, default=None, sort_keys=False, cls=None))
print(json.dumps(data, indent=2, sort_keys=True, separators=(",", " = "), ensure_ascii=False))
