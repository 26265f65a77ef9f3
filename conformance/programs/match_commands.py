# Command interpreter using structural pattern matching (match/case)
def run(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", other]:
            return f"unknown direction {other!r}"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["take"]:
            return "take what?"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case [verb, *_]:
            return f"I don't know how to {verb}"

for c in ["go north", "go up", "take lamp key", "take", "quit", "", "dance wildly"]:
    print(f"{c!r:>16} -> {run(c)}")

def describe(v):
    match v:
        case 0 | 0.0:
            return "zero"
        case int(n) if n < 0:
            return "negative int"
        case int():
            return "int"
        case float():
            return "float"
        case str() as s if len(s) > 3:
            return "long string"
        case str():
            return "short string"
        case (x, y):
            return f"pair {x},{y}"
        case {"type": "point", "x": x, "y": y}:
            return f"point({x}, {y})"
        case {"type": t, **rest}:
            return f"{t} with {sorted(rest)}"
        case [1, *rest]:
            return f"starts with 1, then {rest}"
        case None:
            return "nothing"
        case _:
            return "something else"

for v in [0, -3, 7, 2.5, "hi", "hello", (1, 2), {"type": "point", "x": 1, "y": 2},
          {"type": "circle", "r": 3, "c": 0}, [1, 2, 3], None, [2], True]:
    print(repr(v), "=>", describe(v))
