# Roman numerals: encode, decode, round-trip and validation errors
PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError("out of range: %d" % n)
    out = []
    for value, sym in PAIRS:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)

VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
def from_roman(s):
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        v = VALUES[ch]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    return total

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} -> {r:<15} -> {from_roman(r)}")
assert all(from_roman(to_roman(i)) == i for i in range(1, 4000))
print("round trip ok")
for bad in (0, 4000, -5):
    try:
        to_roman(bad)
    except ValueError as e:
        print("error:", e)
try:
    from_roman("MXQ")
except KeyError as e:
    print("bad digit", e)
longest = max(range(1, 4000), key=lambda i: len(to_roman(i)))
print("longest:", longest, to_roman(longest))
