# match: `match`, `case` and `_` are soft keywords, still usable as ordinary names
match = [1, 2]
case = "case"
_ = "underscore"
print(match, case, _)

match match:
    case [match, case]:
        print("bound", match, case)

def match(x):
    return "called match(%r)" % (x,)
print(match(3))

match(4)
print(match (5))

match -1:
    case -1:
        print("minus one subject")

match [1], 2:
    case ([1], 2):
        print("tuple subject without parentheses")

match *[1, 2], 3:
    case [1, 2, 3]:
        print("starred subject")

match {"case": "match"}:
    case {"case": case}:
        print("case =", case)

# `_` in patterns never binds
match 99:
    case _:
        print("_ is still", _)

# A match statement with only a wildcard or a capture
match "anything":
    case whatever:
        print("captured", whatever)
