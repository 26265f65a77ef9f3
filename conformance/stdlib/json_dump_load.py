# json.dump / json.load with a writer/reader object (a function carrying .write / .read)
import json
chunks = []
def out():
    pass
out.write = chunks.append
json.dump({"a": [1, 2, {"b": None}], "c": "x", "d": {}, "e": [], "f": 1.5}, out)
print(chunks)
print("".join(chunks))
chunks.clear()
json.dump({"a": [1, {"b": [2, 3]}], "c": "x"}, out, indent=2, sort_keys=True)
print(chunks)
chunks.clear()
json.dump([1, [2, [3, []]], {}], out, separators=(",", ":"))
print(chunks)
chunks.clear()
json.dump({"x": {1}}, out, default=sorted)
print(chunks)
for v in ["s", 5, None, 2.5, True, [], {}]:
    chunks.clear()
    json.dump(v, out)
    print(chunks)
chunks.clear()
try:
    json.dump([1, 2, {3}], out)
except TypeError as e:
    print("TypeError", e, chunks)
chunks.clear()
try:
    json.dump({"a": 1, "b": float("nan")}, out, allow_nan=False)
except ValueError as e:
    print("ValueError", e, chunks)
chunks.clear()
try:
    json.dump({"a": 1, (1,): 2}, out)
except TypeError as e:
    print("TypeError", e, chunks)
lst = [1]
lst.append(lst)
chunks.clear()
try:
    json.dump(lst, out)
except ValueError as e:
    print("ValueError", e, chunks)
for fp in [5, [], "file", None]:
    try:
        json.dump([1], fp)
    except AttributeError as e:
        print("AttributeError", e)
try:
    json.dump(set(), 5)
except TypeError as e:
    print("TypeError", e)
try:
    json.dump([1], out, indent=1.5)
except TypeError as e:
    print("TypeError", e)
for args in [(), ([1],), ([1], out, 3)]:
    try:
        json.dump(*args)
    except TypeError as e:
        print("TypeError", e)
def src():
    pass
src.read = lambda: '{"x": [1, 2.5, "\u00e9"]}'
print(json.load(src))
src.read = lambda: b'[true]'
print(json.load(src, object_hook=dict))
src.read = lambda: '[1,'
try:
    json.load(src)
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
for fp in [5, "x"]:
    try:
        json.load(fp)
    except AttributeError as e:
        print("AttributeError", e)
src.read = lambda: 42
try:
    json.load(src)
except TypeError as e:
    print("TypeError", e)
