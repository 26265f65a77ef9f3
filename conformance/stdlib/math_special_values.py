# math: inf, nan and signed zeros through pow, atan2, fmod, remainder, copysign, hypot.
import math

inf = float("inf")
nan = float("nan")
vals = [-inf, -2.5, -1, -0.0, 0.0, 0.5, 1, 3, inf, nan]
for name in ["pow", "atan2", "fmod", "remainder", "copysign"]:
    f = getattr(math, name)
    for x in vals:
        row = []
        for y in vals:
            try:
                row.append(repr(f(x, y)))
            except Exception as e:
                row.append(type(e).__name__)
        print(name, repr(x), " ".join(row))
for v in [inf, -inf, nan, 0.0, -0.0]:
    print(repr(v), math.isinf(v), math.isnan(v), math.isfinite(v), math.fabs(v))
    for f in [math.exp, math.log1p, math.sqrt, math.atan, math.tanh, math.erf, math.gamma]:
        try:
            print(" ", repr(f(v)))
        except ValueError as e:
            print(" ", "ValueError", e)
print(math.hypot(inf, nan), math.hypot(nan, 1.0), math.hypot(-inf))
try:
    math.pow(10.0, 400)
except OverflowError as e:
    print("OverflowError", e)
