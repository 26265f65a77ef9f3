# Deeply nested values and default= chains in json.dumps: RecursionError, never the C stack
import json
x = []
for i in range(100000):
    x = [x]
d = {}
for i in range(100000):
    d = {"k": d}
for v, kw in [(x, {}), (d, {}), (x, {"indent": 1}), (d, {"sort_keys": True})]:
    try:
        json.dumps(v, **kw)
    except RecursionError as e:
        print(type(e).__name__, e)
try:
    json.dumps(b"x", default=lambda o: [o], check_circular=False)
except RecursionError as e:
    print(type(e).__name__)
lst = [1]
lst.append(lst)
try:
    json.dumps(lst, check_circular=False)
except RecursionError as e:
    print(type(e).__name__, e)
json.dumps(x)
