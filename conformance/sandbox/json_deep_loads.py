# Deeply nested JSON arrays and objects: RecursionError with CPython's texts, never the C stack
import json
for doc in ["[" * 200000, "[" * 100000 + "]" * 100000, '{"a":' * 100000 + "1" + "}" * 100000]:
    try:
        json.loads(doc)
    except RecursionError as e:
        print(type(e).__name__, e)
v = []
for i in range(99):
    v = [v]
print(json.loads("[" * 100 + "]" * 100) == v)
json.loads('[{"a": ' * 50000)
