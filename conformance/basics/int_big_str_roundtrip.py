# Big int <-> str round trips just under the 4300-digit limit, in several bases.
for digits in [1, 18, 19, 20, 38, 39, 100, 1000, 4300]:
    s = ('9876543210' * 430)[:digits]
    n = int(s)
    print(digits, str(n) == s.lstrip('0') or s == '0', n % 99991)
m = 7 ** 5000
print(int(hex(m), 16) == m, int(oct(m), 8) == m, int(bin(m), 2) == m, len(hex(m)))
print(str(-(10 ** 4299 + 1))[:6], len(str(-(10 ** 4299 + 1))))
print(int('-' + '1' * 4300) % 1000, int('+' + '0' * 4299 + '5'))
