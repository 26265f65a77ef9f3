# collections.OrderedDict: move_to_end, popitem(last=), order-sensitive ==, repr.
import json
from collections import OrderedDict


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


o = OrderedDict(a=1, b=2, c=3)
print(o, len(o), list(o), o["b"], "a" in o, isinstance(o, dict), type(o) is dict, type(o))
o.move_to_end("a")
print(o)
o.move_to_end("c", last=False)
print(o)
o.move_to_end("c", False)
o.move_to_end("b", True)
print(list(o.items()), list(reversed(o)))
o["d"] = 4
o["c"] = 30
print(o)
print(o.popitem(), o.popitem(last=False), o)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print({"b": 2, "a": 1} == OrderedDict(a=1, b=2), OrderedDict(a=1) != OrderedDict(a=1))
print(OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1), OrderedDict() == OrderedDict())
print(json.dumps(o), dict(o), {**o}, type(o.copy()), o.copy() == o, o.copy() is o)
print(OrderedDict([("x", 1), ("y", 2)]), OrderedDict({"z": 0}), OrderedDict(), OrderedDict(k=[1]))
print(OrderedDict.fromkeys("abc"), OrderedDict.fromkeys([1, 2], 0), type(OrderedDict.fromkeys("")))
p = OrderedDict.fromkeys("abcde")
for k in "eca":
    p.move_to_end(k, last=False)
print(list(p))
for k in "bd":
    p.move_to_end(k)
print(list(p))
p.pop("c")
p.setdefault("f", 6)
p.update({"a": 0}, g=7)
print(p, p | {"h": 8}, type(p | {}), type({} | p))
del p["a"]
print(list(p), p.get("a"), OrderedDict(a=OrderedDict(b=1)))
lru = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))
r = OrderedDict()
r["self"] = r
print(r)
t(lambda: OrderedDict().popitem())
t(lambda: OrderedDict().popitem(last=False))
t(lambda: OrderedDict().move_to_end(1))
t(lambda: OrderedDict(a=1).move_to_end("b", last=False))
t(lambda: OrderedDict(1, 2))
t(lambda: OrderedDict(1))
t(lambda: hash(OrderedDict()))
t(lambda: OrderedDict()["nope"])
t(lambda: OrderedDict().move_to_end())
t(lambda: OrderedDict().move_to_end(1, 2, 3))
t(lambda: OrderedDict().move_to_end(1, foo=3))
t(lambda: OrderedDict().popitem(1, 2))
t(lambda: OrderedDict(a=1).popitem(last=0))
