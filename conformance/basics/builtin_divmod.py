# divmod builtin: results as (q, r) tuples, identities, and use for time conversion.
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (10 ** 21, 10 ** 10 + 1), (7.5, 2), (-7.5, 2)]:
    q, r = divmod(a, b)
    print(a, b, (q, r), q * b + r == a)
def hms(seconds):
    m, s = divmod(seconds, 60)
    h, m = divmod(m, 60)
    d, h = divmod(h, 24)
    return d, h, m, s
print(hms(0), hms(59), hms(3600), hms(90061), hms(10 ** 6))
digits = []
n = 9876
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits)
print(divmod(True, 2), divmod(5, 2.0), divmod(-0.0, 3))
