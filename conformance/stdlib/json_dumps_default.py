# json.dumps default= callback: conversions, nesting, errors, circular detection
import json
def conv(o):
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    if isinstance(o, bytes):
        return o.decode()
    if isinstance(o, complex):
        return {"re": o.real, "im": o.imag}
    raise TypeError("cannot convert " + type(o).__name__)
print(json.dumps({"s": {3, 1, 2}, "b": b"raw", "c": 1 + 2j}, default=conv))
print(json.dumps([{1}, [frozenset([5])]], default=conv, indent=2))
print(json.dumps({"k": {1}}, default=conv, sort_keys=True, separators=(",", ":")))
try:
    json.dumps([range(2)], default=conv)
except TypeError as e:
    print("TypeError", e)
print(json.dumps(range(3), default=list))
print(json.dumps([range(2), range(3)], default=lambda r: {"range": list(r)}))
print(json.dumps({1, 2}, default=lambda s: len(s)))
print(json.dumps(b"x", default=lambda b: None))
print(json.dumps(b"x", default=lambda b: "str"))
print(json.dumps(b"x", default=lambda b: [b.hex(), {"n": 1.5}]))
try:
    json.dumps({1}, default=lambda o: o)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps({1}, default=lambda o: [o])
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps({1}, default=lambda o: [o], indent=1)
except ValueError as e:
    print("ValueError", e)
calls = []
def log(o):
    calls.append(type(o).__name__)
    return str(type(o).__name__)
print(json.dumps([b"a", {1}, 1j, [b"b"]], default=log))
print(calls)
def boom(o):
    raise KeyError("boom")
try:
    json.dumps([1, 2, {3}], default=boom)
except KeyError as e:
    print("KeyError", e)
lst = [1, b"x", 3]
def mutate(o):
    lst.append(4)
    return "m"
print(json.dumps(lst, default=mutate))
print(lst)
d = {"a": b"x", "b": 2}
def mutate_dict(o):
    d["c"] = 3
    return "md"
print(json.dumps(d, default=mutate_dict))
counter = [0]
def nested(o):
    counter[0] += 1
    if counter[0] < 5:
        return [counter[0], o]
    return "done"
print(json.dumps(b"x", default=nested, check_circular=False))
