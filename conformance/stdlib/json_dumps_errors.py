# json.dumps errors: unserializable values, bad keys, circular references, bad arguments
import json
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
for v in [set(), {1, 2}, frozenset(), b"x", bytearray(b"y"), 1j, range(3), len, iter([]),
          {"k": {1}}, [1, [2, b""]], ValueError("x"), {}.keys(), object()]:
    show(json.dumps, v)
    show(json.dumps, v, indent=1)
for k in [(1,), b"k", frozenset(), 1j]:
    show(json.dumps, {k: 1})
    show(json.dumps, {"a": 1, k: 2}, indent=2)
lst = [1]
lst.append(lst)
show(json.dumps, lst)
show(json.dumps, lst, indent=2)
d = {"a": 1}
d["self"] = d
show(json.dumps, d)
show(json.dumps, [d], sort_keys=True)
show(json.dumps, {"x": [{"y": lst}]})
show(json.dumps, {1: 1, "a": 2}, sort_keys=True)
show(json.dumps, {None: 1, 2: 2}, sort_keys=True)
show(json.dumps, {1: 1, "a": 2}, sort_keys=True, indent=1)
show(json.dumps)
show(json.dumps, 1, 2)
show(json.dumps, 1, obj=2)
show(json.dumps, obj=[1])
show(json.dumps, 1, foo=2)
show(json.dumps, 1, indent=2, bogus=True)
show(json.dumps, [1], indent=1.5)
show(json.dumps, [1], indent="x", separators=(1, ":"))
show(json.dumps, [1], indent=[1])
show(json.dumps, "s", indent=1.5)
show(json.dumps, [1], separators=(1, ":"))
show(json.dumps, [1], separators=(",", 2))
show(json.dumps, [1], separators=(",",))
show(json.dumps, [1], separators=(",", ":", ";"))
show(json.dumps, [1], separators=5)
show(json.dumps, [1], separators="ab")
show(json.dumps, [1], separators="abc")
show(json.dumps, [1], default=5)
show(json.dumps, {1}, default=5)
show(json.dumps, 10**5000)
