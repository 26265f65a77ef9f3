# dict subclasses (Counter, defaultdict, OrderedDict) wherever a dict is accepted; deque in
# generic code paths (json, sorted, join, operators with other types).
import collections
import json
from collections import Counter, OrderedDict, defaultdict, deque


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


c = Counter("aab"); dd = defaultdict(int); od = OrderedDict(a=1)
print(Counter, deque, defaultdict, OrderedDict, type(c).__name__, c.__class__, issubclass(Counter, dict))
print(dict.keys(c), dict.get(dd, 'x'), isinstance(od, (list, dict)), type(od)(b=2), type(c)("xy"))
print("{a} {zz}".format_map(defaultdict(str, a=1)), collections.Counter is Counter)
t(lambda: dd.default_factory)
def setf():
    dd.default_factory = list
    return dd.default_factory
t(setf)
print(dict.__repr__(c) if False else "", sorted(c, key=c.get), max(c, key=c.get), list(zip(c, od)))
print(c == dict(c), dict(c) == c, {**c, **od}, [*dd], dd | od)
match c:
    case {"a": n}: print("matched", n)
print(Counter("abc").keys() & {"a"}, len(c.items()), c.values())
print(sum(Counter(a=2, b=3).values()), Counter(a=2) + Counter(a=-2), bool(Counter()), bool(Counter(a=0)))
for k, v in od.items(): print(k, v)
print(deque([1,2,3])[1], list(enumerate(deque("ab"))), deque("ab") == deque("ab"), dd.setdefault("q", []))
print(getattr(c, "most_common")(1), hasattr(dd, "default_factory"), hasattr(od, "move_to_end"))
t(lambda: defaultdict(list).__missing__())
print(str(c), f"{c}", f"{od!r}", "%s" % (dd,), repr(deque()))
print(list(reversed(od)), list(reversed(c)), reversed(deque([1,2])).__length_hint__() if False else "")
t(lambda: deque([1]).maxlen)
def setml():
    q = deque(); q.maxlen = 3
t(setml)
t(lambda: [1] + deque())
t(lambda: defaultdict(int) | 5)
t(lambda: ~Counter())
t(lambda: json.dumps(deque([1])))
t(lambda: json.dumps({"a": Counter("ab"), "b": OrderedDict(z=1), "c": defaultdict(int)}))
t(lambda: json.dumps(Counter("ab"), indent=1, sort_keys=True))
t(lambda: len(deque(range(5))))
t(lambda: deque([1]) * 2.0)
t(lambda: deque("abc")[True])
t(lambda: Counter(a=1)["a":"b"])
t(lambda: sorted(deque([3, 1, 2]), reverse=True))
t(lambda: Counter({1: 2}).most_common(1)[0][0])
t(lambda: " ".join(deque(["a", "b"])))
t(lambda: set(Counter("abc")) == set("abc"))
t(lambda: dict.fromkeys(Counter("ab")))
t(lambda: list(map(str, deque([1, 2]))))
t(lambda: any(x > 1 for x in deque([1, 2])))
t(lambda: deque([1, 2]).index(2, 5))
t(lambda: OrderedDict(sorted({"b": 1, "a": 2}.items())))
t(lambda: Counter(a=1, b=2).items() - {("a", 1)})
t(lambda: OrderedDict(a=1).keys())
