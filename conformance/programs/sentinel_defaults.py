# Sentinel default arguments and mutable-default pitfalls
_MISSING = object()

def get(d, key, default=_MISSING):
    if key in d:
        return d[key]
    if default is _MISSING:
        raise KeyError(key)
    return default

cfg = {"a": 1, "b": None}
print(get(cfg, "a"), get(cfg, "b"), get(cfg, "c", 42), get(cfg, "c", None))
try:
    get(cfg, "c")
except KeyError as e:
    print("KeyError", e)

def append_bad(x, acc=[]):
    acc.append(x)
    return acc

def append_good(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc

print(append_bad(1), append_bad(2), append_bad(3))
print(append_good(1), append_good(2))
print(append_bad.__defaults__, append_good.__defaults__)
print(_MISSING is _MISSING, _MISSING == object(), type(_MISSING).__name__)
