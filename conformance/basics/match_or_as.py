# match: OR patterns (alternatives binding the same names, in any order) and AS patterns
def classify(v):
    match v:
        case 0 | 1 | 2:
            return "small"
        case "a" | "e" | "i" | "o" | "u" as vowel:
            return "vowel " + vowel
        case [x, 0] | [0, x]:
            return "pair with a zero and %r" % (x,)
        case (a, b, "ab") | (b, a, "ba"):
            return "ordered %r %r" % (a, b)
        case {"k": k, "v": v} | [k, v, "kv"] | {"key": k, "value": v}:
            return "key %r value %r" % (k, v)
        case (int() | float()) as num:
            return "number %r" % num
        case [str() as s1, (str() | bytes()) as s2] as whole:
            return "texts %r %r in %r" % (s1, s2, whole)
        case _:
            return "other"

for v in [0, 2, 3, "e", "x", [5, 0], (0, 6), [0, 0], (1, 2, "ab"), (1, 2, "ba"), (1, 2, "zz"),
          {"k": 1, "v": 2}, ["x", "y", "kv"], {"key": 3, "value": 4}, 2.5, ["s", b"b"],
          ["s", "t"], ["s", 1], None]:
    print(repr(v), "->", classify(v))

# The first alternative that matches wins; captures come from it
match (1, 2):
    case (x, 2) | (1, x):
        print("x =", x)

# Names bound in several orders inside nested alternatives
def nested(v):
    match v:
        case [(a, b, c) | {"c": c, "b": b, "a": a}, [c2, *_] | c2]:
            return (a, b, c, c2)
        case _:
            return None

print(nested([(1, 2, 3), [4, 5]]))
print(nested([{"a": 1, "b": 2, "c": 3}, 9]))
print(nested([{"a": 1, "b": 2}, 9]))

# AS on every level
match [1, [2, 3]]:
    case [1 as one, [2, _] as inner] as outer:
        print(one, inner, outer)

# AS binds the subject of its own sub-pattern, not a copy
data = [1, 2]
match data:
    case [_, _] as same:
        print(same is data)

# OR of literals with a guard on the whole case
for v in range(6):
    match v:
        case 1 | 3 | 5 if v > 2:
            print(v, "odd above 2")
        case 1 | 3 | 5:
            print(v, "odd")
        case _:
            print(v, "even")

# Singleton alternatives
for v in [None, True, False, 0, ""]:
    match v:
        case None | False:
            print(repr(v), "None or False")
        case True | "":
            print(repr(v), "True or empty str")
        case _:
            print(repr(v), "neither")
