# Floating point printing: repr round-trip, str, rounding, special values, accumulation error
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.123456789, 1e22, 1e23,
        5e-324, 1.7976931348623157e308, -0.0, 100.0, 1.5e300 * 1.5e10, 2.5, 0.30000000000000004]
for v in vals:
    print(repr(v), str(v), round(v, 2) if v == v and abs(v) != float("inf") else v)
print(float("nan"), float("-inf"), float("  3.5  "), float("1_000.5"), float("-1E3"))
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)
print(1e15 + 0.3, 1e16 + 1, 2.0 ** 53 + 1, 9007199254740993.0)
print(7 / 2, 7 // 2, -7 / 2, -7 // 2, 7.0 // 2, -7.5 // 2, 7 % -3, 7.5 % 2, -7.5 % 2)
print(round(0.5), round(1.5), round(2.5), round(-1.5), round(2.675, 2), round(1234.5678, -2))
print(int(3.99), int(-3.99), float(2**63), float(10**30), 10**30 / 7)
print(3.0 * 1.1, 1.1 + 2.2, 0.1 * 3, 1 - 0.9, 100 * 1.1)
print(sum([1e100, 1.0, -1e100]), 1e308 * 10, -1e308 * 10, (1e308 * 10) - (1e308 * 10))
print(divmod(7.5, 2), divmod(-7.5, 2), 2 ** -1, 2 ** 0.5, (-8) ** (1 / 3) if False else "skip")
print(max(0.1, 0.10000000000000001), min(-0.0, 0.0), abs(-0.0), 1.0 == 1, hash(1.0) == hash(1))
print(f"{1/3:.20f}", f"{2/3:.1f}", f"{1e-10:f}", f"{123.456:10.1f}|", f"{0.000012345:.3g}")
print(1.0, 10.0, 1e5, 1e16, 1.0e-4, 0.0001, 123e-10, float(12345678901234567890))
print(str(1/7)[:10], len(repr(1/7)), 3.14.__round__(1), (2.5).__floor__() if hasattr(2.5, "__floor__") else 2)
