# collections.Counter: counting, most_common, arithmetic, comparisons, repr.
import json
from collections import Counter


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], "z" in c, len(c), c.most_common(2), c.most_common(), c.most_common(0))
print(c.most_common(-1), c.most_common(10), c.total(), sorted(c.elements()), list(c.elements()))
print(isinstance(c, dict), type(c) is dict, type(c), json.dumps(c), dict(c), {**c})
c.update("aaz")
print(c)
c.update({"a": 1, "q": 5})
print(c)
c.update(b=10)
print(c)
c.subtract({"a": 10})
print(c)
c.subtract("zz")
c.subtract(b=3)
print(c)
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=1, b=-1, c=0), -Counter(a=1, b=-1, c=0))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) == {"a": 1})
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1, b=0))
print(Counter(a=1, b=2) > Counter(a=1), Counter() == Counter(), Counter(a=0) == {})
x = Counter(a=2, b=1)
x += Counter(a=1, b=-5)
print(x)
x -= Counter(a=1)
print(x)
x |= Counter(c=4)
print(x)
x &= Counter(c=2, a=5)
print(x)
y = Counter(a=1)
y += {"a": 2, "b": -1}
print(y)
words = "the quick brown fox jumps over the lazy dog the end".split()
wc = Counter(words)
print(wc.most_common(3), wc["the"], sum(wc.values()), sorted(wc)[:3])
print(Counter([1, 1, 2]), Counter({"x": 2, "y": 3}), Counter(), Counter(None), repr(Counter(a=0)))
print(Counter({"a": 1.5, "b": 3}), Counter({"b": "x", "a": "y"}), Counter({"a": [1], "b": [0]}))
print(Counter({"a": 1, "b": "x"}))
cp = c.copy()
cp["new"] += 1
print(type(cp), cp["new"], "new" in c)
del cp["new"]
del cp["not-there"]
print(cp.get("nope"), cp.get("nope", 7), cp.pop("a"), cp.setdefault("k", 4), list(cp.keys())[:3])
cnt = Counter()
for ch in "hello world":
    cnt[ch] += 1
print(cnt, cnt.most_common(1)[0], [k for k, v in cnt.items() if v > 1])
print(Counter("aab") + Counter(), Counter(a=1) | {"b": 1}, type({"b": 1} | Counter(a=1)))
t(lambda: Counter(1, 2))
t(lambda: Counter().update(1, 2))
t(lambda: Counter(5))
t(lambda: Counter.fromkeys("ab"))
t(lambda: hash(Counter()))
t(lambda: Counter(a=1) + {"a": 1})
t(lambda: Counter(a=1) - 1)
t(lambda: Counter(a=1) < {"a": 1})
t(lambda: Counter("ab").most_common("x"))
t(lambda: type(Counter(a=1.5).elements()))
t(lambda: list(Counter(a=1.5).elements()))


def iadd_int():
    q = Counter(a=1)
    q += 1


def iand_dict():
    q = Counter(a=1, b=2)
    q &= {"a": 3}


t(iadd_int)
t(iand_dict)
t(lambda: list(Counter(a="x", b=1).elements()))
t(lambda: Counter(a="x") + Counter(a=1))
t(lambda: Counter("ab").most_common(1.0))
t(lambda: Counter("ab").most_common(5.0))
t(lambda: Counter("ab").most_common(1.5))
t(lambda: Counter("ab").most_common(n=1))
t(lambda: Counter("ab").most_common(1, 2))
