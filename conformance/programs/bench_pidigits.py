# Pi digits via the unbounded spigot algorithm on big integers, printed in rows of 10
def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    produced = 0
    while produced < count:
        if 4 * q + r - t < n * t:
            yield n
            produced += 1
            q, r, t, k, n, l = 10 * q, 10 * (r - n * t), t, k, (10 * (3 * q + r)) // t - 10 * n, l
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2

digits = "".join(map(str, pi_digits(600)))
for i in range(0, len(digits), 10):
    if i < 100 or i >= 590:
        print(f"{digits[i:i + 10]}\t:{i + 10}")
print(digits.count("9"), digits.find("999999"), digits[:1] + "." + digits[1:20])
freq = {d: digits.count(d) for d in "0123456789"}
print(freq)
runs = [(d, digits.count(d * 3)) for d in "0123456789" if d * 3 in digits]
print(runs)
