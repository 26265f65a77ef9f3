# For many int pairs (small, big, negative), q*b + r == a and 0 <= |r| < |b| with sign of b.
vals = [0, 1, -1, 7, -7, 12, 2 ** 31, -(2 ** 31), 2 ** 63 - 1, -(2 ** 63), 10 ** 30 + 3,
        -(10 ** 30) - 7, 3 ** 90, -(5 ** 70)]
ok = 0
checked = 0
for a in vals:
    for b in vals:
        if b == 0:
            continue
        q, r = divmod(a, b)
        checked += 1
        good = q * b + r == a and (r == 0 or (r > 0) == (b > 0)) and abs(r) < abs(b)
        good = good and q == a // b and r == a % b
        ok += good
print(checked, ok)
print(divmod(3 ** 90, 5 ** 30), divmod(-(3 ** 90), 5 ** 30))
print((10 ** 40 + 12345) // 10 ** 20, (10 ** 40 + 12345) % 10 ** 20)
print(-(10 ** 40) // 7, -(10 ** 40) % 7, 10 ** 40 // -7, 10 ** 40 % -7)
