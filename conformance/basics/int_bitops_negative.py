# Bitwise ops on negative ints use infinite two's complement, small and big.
vals = [0, 1, -1, 5, -5, 12, -12, 255, -256]
for a in vals:
    print(a, ~a, a & 0xF, a | 0x10, a ^ -1, a >> 1, a << 3)
print(-1 & 0xFFFFFFFF, -1 >> 100, -5 >> 1, -5 >> 10, 5 >> 10)
print(-(2 ** 100) & 0xFFFF, -(2 ** 100) >> 99, (-(2 ** 100) - 1) >> 99)
print(-12345678901234567890 & 12345678901234567891)
print(-12345678901234567890 | 12345678901234567891)
print(-12345678901234567890 ^ -12345678901234567891)
print(~(2 ** 80), ~-(2 ** 80))
print((2 ** 70 - 1) & -(2 ** 65), -(2 ** 70) | (2 ** 64 + 3))
print(-(2 ** 64) ^ (2 ** 64 - 1))
print(1 << 100, -1 << 100, (1 << 100) >> 98, (-1 << 100) >> 98)
print((-3) & (-5), (-3) | (-5), (-3) ^ (-5))
print(bin(-10), bin(-10 & 0xFF), hex(-255 & 0xFFFF))
x = -0b1011
print(x & -x, x & (x - 1))
print(0 >> 5, 0 << 1000, -0 & -1)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 & 1.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
