# match: control flow inside cases (return/break/continue/yield), closures, globals, nesting, exceptions
# return / break / continue / yield inside cases
def first_word(items):
    for item in items:
        match item:
            case "":
                continue
            case str(s) if " " in s:
                return s.split()[0]
            case "END":
                break
            case _:
                return item
    return None

print(first_word(["", "hello world"]), first_word(["", "END", "x"]), first_word(["", "solo"]))

def tokens(items):
    for item in items:
        match item:
            case [*parts]:
                yield from parts
            case {"repeat": str(t), "times": int(n)}:
                for _ in range(n):
                    yield t
            case _:
                yield item

print(list(tokens([[1, 2], {"repeat": "r", "times": 3}, "z", (4,)])))

# Captured names in functions are locals; closures and globals work
def make_adder(spec):
    match spec:
        case ("add", int(k)):
            return lambda v: v + k
        case _:
            return lambda v: v

print(make_adder(("add", 5))(10), make_adder("none")(10))

def set_global(v):
    global LAST
    match v:
        case [LAST]:
            pass

set_global(["g"])
print(LAST)

# Nested match statements
def walk(tree):
    match tree:
        case (op, left, right):
            match op:
                case "+":
                    return walk(left) + walk(right)
                case "*":
                    return walk(left) * walk(right)
        case int(leaf):
            return leaf

print(walk(("+", 1, ("*", 2, ("+", 3, 4)))))

# Exceptions inside a case body propagate normally
try:
    match {"d": 0}:
        case {"d": d}:
            print(1 / d)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
