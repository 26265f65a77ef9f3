# match: class patterns with built-in classes: isinstance checks, self-matching, keyword attributes
def describe(v):
    match v:
        case bool(b):
            return "bool %s" % b
        case int(0):
            return "int zero"
        case int(n) if n < 0:
            return "negative int %d" % n
        case int(real=r, denominator=1):
            return "int %d" % r
        case float(f) if f != f:
            return "nan"
        case float(1.5 | 2.5 as f):
            return "special float %r" % f
        case float(real=r, imag=0.0):
            return "float %r" % r
        case str("") | bytes(b""):
            return "empty text"
        case str(s):
            return "str of %d chars" % len(s)
        case bytes(b):
            return "bytes %r" % b
        case list([]):
            return "empty list"
        case list([x, *_]):
            return "list starting with %r" % (x,)
        case tuple((a, b)):
            return "pair tuple %r %r" % (a, b)
        case tuple():
            return "other tuple"
        case dict({"id": i}):
            return "record %r" % (i,)
        case dict():
            return "dict"
        case set(s) | frozenset(s):
            return "%s of %d" % (type(s).__name__, len(s))
        case range(start=0, step=1, stop=n):
            return "range up to %d" % n
        case range():
            return "other range"
        case _:
            return "something else"

for v in [True, False, 0, -4, 12, float("nan"), 2.5, 3.0, "", b"", "abc", b"xy", [], [7, 8], (1, 2),
          (1, 2, 3), {"id": 9}, {"x": 1}, {1, 2}, frozenset(), range(5), range(1, 5), None, 1.5]:
    print(repr(v), "->", describe(v))

# object() matches everything; keyword patterns read attributes and fail when one is missing
def attrs(v):
    match v:
        case object(upper=u, lower=l):
            return "has upper and lower"
        case object(real=r, imag=i):
            return "number %r %r" % (r, i)
        case object():
            return "plain object"

for v in ["s", 5, 2.0, True, None, [1]]:
    print(repr(v), "->", attrs(v))

# Exception classes match instances and subclasses; their attributes can be matched
def exc(e):
    match e:
        case KeyError(args=(k,)):
            return "missing key %r" % (k,)
        case LookupError():
            return "lookup error " + type(e).__name__
        case ValueError(args=[msg, *_]):
            return "value error: " + msg
        case Exception(args=()):
            return "bare " + type(e).__name__
        case _:
            return "not an exception"

for e in [KeyError("k"), IndexError(3), ValueError("bad", 1), ValueError(), RuntimeError(), 3]:
    print(repr(e), "->", exc(e))

# Errors raised while matching a class pattern
def check(v, cls):
    try:
        match v:
            case cls(x):
                return "positional ok"
            case _:
                return "no match"
    except TypeError as e:
        return "TypeError: %s" % e

print(check(1, int))
print(check(1, str))
print(check(range(3), range))
print(check(1, object))
print(check(ValueError(1), ValueError))
print(check(1, len))
print(check(1, "int"))

def two(v):
    try:
        match v:
            case str(a, b):
                return "?"
    except TypeError as e:
        return "TypeError: %s" % e
print(two("ab"))
print(two(3))

# Sub-patterns of a self-matching class see the subject itself
match [1, 2, 3]:
    case list([1, *rest] as whole):
        print(rest, whole)
match 7:
    case int(7 as seven):
        print("seven", seven)
