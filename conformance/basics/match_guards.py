# match: guards, when names are bound (only on success; before the guard), subject evaluated once
def sign(n):
    match n:
        case int(x) if x < 0:
            return "negative"
        case int(x) if x == 0:
            return "zero"
        case int():
            return "positive"
        case _:
            return "not an int"

print([sign(v) for v in [-5, 0, 7, "7"]])

# A guard runs after the captures are bound: a failed guard leaves them bound
x = "before"
match 10:
    case x if x > 100:
        print("not here")
    case _:
        print("x is now", x)

# A pattern that fails part-way binds nothing
a = b = "unbound"
match [1, 2, 3]:
    case [a, b, 4]:
        print("not here")
    case _:
        print("a and b:", a, b)

# The subject is evaluated exactly once
count = 0
def subject():
    global count
    count += 1
    return (count, "x")
match subject():
    case (2, _):
        print("no")
    case (_, "y"):
        print("no")
    case (n, "x"):
        print("matched with n =", n, "count =", count)

# Guards with side effects run only for cases whose pattern matched
log = []
def note(tag, result):
    log.append(tag)
    return result
match [1, 2]:
    case [1] if note("one", True):
        pass
    case [1, 2] if note("two-first", False):
        pass
    case [1, 2] if note("two-second", True):
        print("second guard wins")
print(log)

# Walrus in a guard
match [3, 4, 5]:
    case [*nums] if (total := sum(nums)) > 10:
        print("total", total)
