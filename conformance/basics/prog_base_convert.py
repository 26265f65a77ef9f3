# Program: convert integers between bases by hand and compare with int()/format().
DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'
def to_base(n, b):
    if n == 0:
        return '0'
    sign = '-' if n < 0 else ''
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + ''.join(reversed(out))
def from_base(s, b):
    sign = -1 if s.startswith('-') else 1
    total = 0
    for ch in s.lstrip('-'):
        total = total * b + DIGITS.index(ch)
    return sign * total
for n in [0, 1, 255, -255, 2 ** 64, 10 ** 30, -(3 ** 40)]:
    reps = [to_base(n, b) for b in (2, 8, 16, 36)]
    print(n, reps)
    assert all(int(r, b) == n for r, b in zip(reps, (2, 8, 16, 36)))
    assert all(from_base(r, b) == n for r, b in zip(reps, (2, 8, 16, 36)))
print(to_base(255, 16) == format(255, 'x'), to_base(-5, 2) == format(-5, 'b'))
print([to_base(i, 3) for i in range(10)])
def to_bijective26(n):
    out = ''
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out
print([to_bijective26(n) for n in [1, 26, 27, 52, 53, 702, 703, 18278]])
