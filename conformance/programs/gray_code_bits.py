# Bit manipulation puzzles: Gray codes, popcount, bit reversal, subsets via masks, xor tricks
def gray(n):
    return [i ^ (i >> 1) for i in range(1 << n)]

for n in (1, 2, 3, 4):
    codes = gray(n)
    print(n, [format(c, f"0{n}b") for c in codes])
    assert all(bin(a ^ b).count("1") == 1 for a, b in zip(codes, codes[1:]))

def popcount(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c
print([popcount(i) for i in range(16)], popcount(2 ** 100 - 1))

def reverse_bits(x, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (x & 1)
        x >>= 1
    return r
print([f"{x:08b}->{reverse_bits(x):08b}" for x in (1, 6, 128, 0b10110001)])
items = ["a", "b", "c", "d"]
subsets = [[items[i] for i in range(len(items)) if mask >> i & 1] for mask in range(1 << len(items))]
print(subsets)
nums = [4, 1, 2, 1, 2, 7, 4]
single = 0
for x in nums:
    single ^= x
print("unpaired:", single)
def is_pow2(x):
    return x > 0 and x & (x - 1) == 0
print([x for x in range(70) if is_pow2(x)], is_pow2(2 ** 64), is_pow2(2 ** 64 + 2))
x = 0b1011_0000
print(x & -x, (x & -x).bit_length() - 1, x >> 4, x << 3, ~x & 0xFF, x | 0x0F, x ^ 0xFF)
a, b = 12, 25
a ^= b; b ^= a; a ^= b
print(a, b)
print(int("".join("1" if c in "aeiou" else "0" for c in "education"), 2))
print(sum(1 << i for i in range(0, 64, 8)), hex(sum(1 << i for i in range(0, 64, 8))))
