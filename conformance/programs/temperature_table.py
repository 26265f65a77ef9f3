# Temperature conversion tables and weather statistics with careful float formatting
def c_to_f(c):
    return c * 9 / 5 + 32
def f_to_c(f):
    return (f - 32) * 5 / 9
def c_to_k(c):
    return c + 273.15

print(f"{'C':>6} {'F':>7} {'K':>7}")
for c in range(-40, 101, 20):
    print(f"{c:>6} {c_to_f(c):>7.1f} {c_to_k(c):>7.2f}")
print()
for f in (-40, 0, 32, 98.6, 212, 451):
    print("%6.1fF = %7.2fC" % (f, f_to_c(f)))
readings = {"Mon": [12.5, 17.25, 9.0], "Tue": [14.0, 19.5, 11.25], "Wed": [8.75, 12.0, 5.5],
            "Thu": [15.5, 22.75, 13.0], "Fri": [16.25, 21.0, 14.5]}
print(f"\n{'day':<4}{'min':>7}{'max':>7}{'mean':>8}{'range':>7}")
for day, temps in readings.items():
    lo, hi = min(temps), max(temps)
    print(f"{day:<4}{lo:>7.2f}{hi:>7.2f}{sum(temps) / len(temps):>8.3f}{hi - lo:>7.2f}")
all_t = [t for ts in readings.values() for t in ts]
print("week mean:", round(sum(all_t) / len(all_t), 4), "warmest:", max(readings, key=lambda d: max(readings[d])))
print([round(c_to_f(t), 1) for t in all_t[:6]])
print(c_to_f(37), f_to_c(100), c_to_k(-273.15), 0.1 * 3 == 0.3, round(f_to_c(98.6), 10))
