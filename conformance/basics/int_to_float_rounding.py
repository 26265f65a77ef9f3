# int -> float conversion rounds half-to-even at 53 bits; checks near powers of two.
for k in [53, 54, 60, 64, 100]:
    base = 2 ** k
    vals = [base - 1, base, base + 1, base + 2 ** (k - 53), base + 2 ** (k - 53) + 1,
            base + 3 * 2 ** (k - 53)] if k > 53 else [base - 1, base, base + 1, base + 2, base + 3]
    print(k, [float(v) == v for v in vals], [repr(float(v)) for v in vals[-2:]])
print(float(2 ** 1023 * (2 ** 53 - 1) // 2 ** 52), float(-(2 ** 64) - 1))
try:
    float(2 ** 1024 - 2 ** 970)
except OverflowError as e:
    print(type(e).__name__, e)
print(float(2 ** 1024 - 2 ** 971))
