# json.loads hooks: object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, strict
import json
doc = '{"a": 1, "b": [1.5, 2, {"c": NaN}], "a2": {"z": 1, "y": 2}}'
print(json.loads(doc, object_hook=lambda d: sorted(d)))
print(json.loads(doc, object_pairs_hook=lambda p: p))
print(json.loads(doc, object_pairs_hook=lambda p: dict(reversed(p))))
print(json.loads(doc, object_hook=len, object_pairs_hook=list))
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=lambda p: p))
print(json.loads('{}', object_pairs_hook=lambda p: ("empty", p)))
print(json.loads('{}', object_hook=lambda d: ("hook", d)))
print(json.loads('[1, 2.0, 3e1, -4]', parse_int=str, parse_float=lambda s: "F" + s))
print(json.loads('[123456789012345678901234567890]', parse_int=float))
print(json.loads('[1.10, 2.50]', parse_float=str))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: "const:" + c))
print(json.loads('[1, 2]', parse_int=int, parse_float=float))
print(json.loads('[1, 2.5]', parse_int=None, parse_float=None, parse_constant=None))
print(json.loads('[1, 2.5]', parse_int=0, parse_float=""))
def reject(c):
    raise ValueError("invalid constant " + c)
try:
    json.loads('[1, NaN]', parse_constant=reject)
except ValueError as e:
    print("ValueError", e)
def bad_hook(d):
    raise KeyError("hook failed")
try:
    json.loads('[{"a": 1}]', object_hook=bad_hook)
except KeyError as e:
    print("KeyError", e)
seen = []
def track(d):
    seen.append(dict(d))
    return len(seen)
print(json.loads('{"x": {"y": {"z": 1}}, "w": {}}', object_hook=track), seen)
print(json.loads('"a\tb\nc\x00"', strict=False) == "a\tb\nc\x00")
print(json.loads('{"k\x01": "\x1f"}', strict=False) == {"k\x01": "\x1f"})
for strict in [True, 1, "yes", False, 0, None]:
    try:
        print(repr(json.loads('"\t"', strict=strict)))
    except json.JSONDecodeError as e:
        print(strict, e)
print(json.loads('[1.5]', parse_float=lambda s: round(float(s))))
print(json.loads('{"n": 10}', parse_int=lambda s: int(s) * 2, object_hook=lambda d: d["n"]))
try:
    json.loads('[1]', cls=None, parse_int=lambda s: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
