# collections.defaultdict: a dict subclass whose missing keys call default_factory.
import json
from collections import defaultdict


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


dd = defaultdict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"]
print(dd)
print(dd["a"], dd.get("zz"), "zz" in dd, len(dd), list(dd), dd.default_factory)
print(isinstance(dd, dict), isinstance(dd, defaultdict), type(dd) is dict, type(dd))
print(json.dumps(dd), dict(dd), {**dd}, dd == {"a": [1, 2], "b": []}, {"b": [], "a": [1, 2]} == dd)
print(list(dd.items()), list(dd.keys()), list(dd.values()), sorted(dd), list(reversed(dd)))
c = dd.copy()
c["c"].append(3)
print(c, type(c), dd, c.default_factory)

counts = defaultdict(int)
for w in "the cat and the hat and the bat".split():
    counts[w] += 1
print(counts, max(counts, key=counts.get))

nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
nested["x"]["z"] += 1
print(json.dumps(nested, sort_keys=True), {k: dict(v) for k, v in nested.items()})

groups = defaultdict(set)
for k, v in [(1, "a"), (2, "b"), (1, "c")]:
    groups[k].add(v)
print(sorted((k, sorted(v)) for k, v in groups.items()))

n = defaultdict()
print(n, n.default_factory, defaultdict(None, {1: 2}), defaultdict(int, a=1), defaultdict(str, [(1, 2)]))
t(lambda: n["missing"])
print(defaultdict(int).__missing__(5), defaultdict(tuple, x=1))
t(lambda: defaultdict().__missing__(1))
t(lambda: defaultdict(1))
t(lambda: defaultdict(int, 1, 2))
t(lambda: defaultdict(int, 1))
t(lambda: hash(defaultdict()))

d2 = defaultdict(int, a=1)
d2.update(b=2)
d2.setdefault("c", 3)
print(d2.pop("a"), d2, d2.popitem(), d2)
del d2["b"]
t(lambda: d2.__delitem__("b"))
print(d2, d2 | {"z": 1}, {"y": 0} | d2, type(d2 | {}), type({} | d2))
d2 |= {"q": 9}
print(d2, defaultdict.fromkeys("ab", 0), type(defaultdict.fromkeys("ab")))
d3 = defaultdict(list)
d3[1].append(d3)
print(d3)
print(str(defaultdict(int, {1: 1})), defaultdict(len), defaultdict(lambda: 0)["x"])
print(defaultdict(list, {"k": [1]}) == defaultdict(int, {"k": [1]}))
f = defaultdict(int)
f.default_factory = list
f["a"].append(1)
del f.default_factory
print(f, f.default_factory)
t(lambda: f["b"])
f.default_factory = 5
t(lambda: f["c"])


def setother():
    f.other = 1


t(setother)
