# Exceptions used for control flow: parsing input, retry loops, finally ordering, chaining
def to_number(s):
    try:
        return int(s)
    except ValueError:
        try:
            return float(s)
        except ValueError:
            return None

print([to_number(s) for s in ["12", "-3", "4.5", "1e3", "abc", "", " 7 ", "0x10", "inf", "nan"]])

def risky(n):
    order = []
    try:
        order.append("try")
        if n == 1:
            raise ValueError("one")
        if n == 2:
            return order + ["returned"]
        order.append("no error")
    except ValueError as e:
        order.append(f"caught {e}")
    else:
        order.append("else")
    finally:
        order.append("finally")
    return order

for n in range(3):
    print(n, risky(n))

attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError(f"attempt {attempts} failed")
    return "connected"

for i in range(5):
    try:
        print(flaky())
        break
    except ConnectionError as e:
        print("retry:", e)
else:
    print("gave up")

def lookup(d, path):
    try:
        for key in path.split("."):
            d = d[key]
        return d
    except (KeyError, TypeError) as e:
        raise LookupError(f"bad path {path!r}") from e

cfg = {"db": {"host": "localhost", "port": 5432}, "debug": True}
print(lookup(cfg, "db.port"))
for p in ("db.user", "debug.level"):
    try:
        lookup(cfg, p)
    except LookupError as e:
        print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    print("context:", repr(e.__context__), "suppress:", e.__suppress_context__)
def f():
    try:
        return "try"
    finally:
        print("finally runs before return value is used")
print(f())
errs = [ZeroDivisionError, IndexError, KeyError, StopIteration]
print([issubclass(e, ArithmeticError) for e in errs], [issubclass(e, LookupError) for e in errs])
try:
    raise KeyError("missing")
except Exception as e:
    print(repr(e), str(e), e.args)
