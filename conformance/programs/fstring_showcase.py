# f-string features: expressions, nested specs, conversions, =, dict access, format of dates computed by hand
name, age, pi = "Ada", 36, 3.141592653589793
items = {"apples": 3, "pears": 12}
print(f"{name} is {age} years old; next year {age + 1}")
print(f"{name!r} {name!s} {name!a} {'café'!a}")
print(f"{pi:.2f} {pi:10.4f}| {pi:<10.3}| {pi:e} {pi:.0f} {pi:g}")
for w in (4, 8, 12):
    print(f"[{name:>{w}}] [{name:^{w}}] [{name:_<{w}}]")
print(f"{items['apples']} apples, {items['pears']:03d} pears, total {sum(items.values())}")
print(f"{age=} {pi=:.3f} {name.upper()=}")
print(f"{'nested ' + f'{age:x}'}", f"{{literal braces}}", f"{age:#06x} {age:#b} {age:o}")
print(f"{1_000_000:,} {1234.5678:,.2f} {0.256:.1%} {-42:+} {42:+} {42: }")
y, m, d = 2024, 3, 7
print(f"{y}-{m:02d}-{d:02d}", f"{d:>2}/{m:>2}/{y % 100:02}")
rows = [("alpha", 1.5, True), ("beta", 22.25, False), ("gamma", 333.125, None)]
for label, val, flag in rows:
    print(f"{label:<8}|{val:>10.3f}|{str(flag):^7}|{val:>8.1e}")
width = max(len(r[0]) for r in rows)
print("\n".join(f"{r[0]:.<{width + 3}}{r[1]:.>9}" for r in rows))
value = 7
print(f"{'even' if value % 2 == 0 else 'odd'} {value ** 2} {[x * 2 for x in range(3)]} {dict(a=1)}")
print(f"{3.0:n} {1e100:.3} {float('inf'):>6} {float('nan'):<5}| {-0.0:+}")
print(f"{True:d} {True} {None!r} {b'xy'!r} {(1, 2)} {[1, 'a']}")
print(f"{'tab':\t^9}|" if False else f"{'x':*^9}|")
print(f"{12345:>+12,d}|{-0.5:=+8.2f}|{255:X}|{255:#X}|{3:c}|" if False else f"{65:c}{66:c}")
sep = ", "
print(f"{sep.join(['a', 'b'])}", f"{len(sep)}", f"{sep!r}")
