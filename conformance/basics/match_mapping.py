# match: mapping patterns: required keys, extra keys, **rest, literal and dotted keys, non-dicts
def event(e):
    match e:
        case {"type": "click", "x": x, "y": y}:
            return "click at %d,%d" % (x, y)
        case {"type": "key", "key": "q" | "Q"}:
            return "quit"
        case {"type": "key", "key": str(k)}:
            return "key " + k
        case {"type": "scroll", **rest} if rest:
            return "scroll with " + repr(sorted(rest.items()))
        case {"type": "scroll"}:
            return "bare scroll"
        case {"type": t}:
            return "unknown event " + repr(t)
        case {}:
            return "a dict without type"
        case _:
            return "not a mapping"

for e in [{"type": "click", "x": 1, "y": 2}, {"type": "click", "x": 1},
          {"y": 5, "x": 6, "type": "click", "extra": True}, {"type": "key", "key": "Q"},
          {"type": "key", "key": "a"}, {"type": "key", "key": 5}, {"type": "scroll", "dy": -3, "dx": 0},
          {"type": "scroll"}, {"type": None}, {}, {"kind": 1}, [("type", "click")], "type", None]:
    print(e, "->", event(e))

# Non-string keys: numbers, None, booleans, bytes, negative numbers
def keys(d):
    match d:
        case {0: zero, -1: minus}:
            return ("0 and -1", zero, minus)
        case {None: n, True: t}:
            return ("None and True", n, t)
        case {b"k": v, 2.5: f}:
            return ("bytes and float", v, f)
        case _:
            return "no"

for d in [{0: "a", -1: "b"}, {0.0: "a", -1: "b"}, {False: "z", -1: "m"}, {None: 1, 1: 2},
          {None: 1, True: 2}, {b"k": 1, 2.5: 2}, {"k": 1, 2.5: 2}]:
    print(d, "->", keys(d))

# **rest is a new dict without the matched keys, in the subject's order
subject = {"a": 1, "b": 2, "c": 3, "d": 4}
match subject:
    case {"c": c, "a": a, **others}:
        print(a, c, others)
        others["z"] = 0
print(subject)
match {}:
    case {**everything}:
        print("empty rest", everything)
match {"only": 1}:
    case {"only": _, **nothing}:
        print("rest after all keys", nothing)

# Dotted names as keys
def K():
    pass
K.NAME = "name"
K.AGE = "age"
match {"name": "Ann", "age": 30}:
    case {K.NAME: n, K.AGE: a}:
        print(n, a)

# Two dotted keys with the same value: ValueError at run time
K.ALSO_NAME = "name"
try:
    match {"name": "Ann"}:
        case {K.NAME: 1, K.ALSO_NAME: 2}:
            print("no")
except ValueError as e:
    print("ValueError:", e)

# ... but only once the first key was found
match {"other": 1}:
    case {K.NAME: 1, K.ALSO_NAME: 2}:
        print("no")
    case _:
        print("missing key fails first")

# An unhashable value key is a TypeError
K.LIST = []
try:
    match {"x": 1}:
        case {K.LIST: 1}:
            pass
except TypeError as e:
    print("TypeError:", e)

# Values are matched with sub-patterns, recursively
config = {"server": {"host": "h", "ports": [80, 443]}, "debug": False}
match config:
    case {"server": {"host": str(host), "ports": [first, *more]}, "debug": False}:
        print(host, first, more)
