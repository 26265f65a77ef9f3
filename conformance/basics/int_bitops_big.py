# Bit ops and shifts on big positive ints, masks, popcount-style loops.
a = 2 ** 200 + 2 ** 100 + 1
b = 2 ** 150 + 2 ** 100 + 3
print(a & b, a | b, a ^ b)
print((a | b) - (a & b) == a ^ b)
print(a >> 100, a >> 200, a >> 201, a << 50)
mask = (1 << 64) - 1
print(a & mask, (a >> 64) & mask)
print(hex(a), oct(b)[:20], bin(b)[-10:])
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print(popcount(a), popcount(b), popcount(2 ** 1000 - 1))
print(a.bit_count(), b.bit_count(), (2 ** 1000 - 1).bit_count(), (-a).bit_count())
x = 0
for i in range(0, 300, 7):
    x |= 1 << i
print(x % 1000003, x.bit_length())
print([(x >> i) & 1 for i in range(0, 30)])
print((1 << 1000) >> 999, (1 << 64) >> 64, (1 << 63) << 1 == 1 << 64)
print((2 ** 128 - 1) ^ (2 ** 64 - 1) == (2 ** 128 - 2 ** 64))
print(int('1' * 100, 2) == 2 ** 100 - 1)
