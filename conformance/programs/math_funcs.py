# math module usage: gcd/lcm, factorial, trig tables, floor/ceil, isclose, hypot
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.gcd(48, 180), math.lcm(4, 6, 10), math.factorial(25))
print(math.sqrt(2), math.isqrt(10**20 + 1), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
for deg in range(0, 361, 45):
    r = math.radians(deg)
    print(f"{deg:3d} {math.sin(r):+.4f} {math.cos(r):+.4f} {round(math.tan(r), 3) if deg % 180 != 90 else 'inf':>9}")
print(math.hypot(3, 4), math.dist((0, 0), (1, 1)), math.atan2(1, -1))
print(math.log(100, 10), math.log10(1000), math.log2(1024), math.log(math.e), math.exp(1))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1e-10, 0, abs_tol=1e-9))
print(math.comb(52, 5), math.perm(10, 3), math.prod([1, 2, 3, 4, 5]))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.copysign(3, -0.0), math.fabs(-7), math.fmod(-7, 3), -7 % 3)
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isnan(float("nan")), math.isinf(1e308 * 10), math.isfinite(1.0))
print(math.degrees(math.pi / 3), math.pow(2, 0.5), 2 ** 0.5)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
def newton_sqrt(x, eps=1e-12):
    g = x / 2
    for _ in range(100):
        ng = (g + x / g) / 2
        if abs(ng - g) < eps:
            break
        g = ng
    return g
for x in (2, 10, 12345):
    print(x, newton_sqrt(x), math.sqrt(x), abs(newton_sqrt(x) - math.sqrt(x)) < 1e-9)
print(round(math.pi, 3), round(math.pi * 1e6), f"{math.pi:.10f}", f"{math.e:.3e}")
