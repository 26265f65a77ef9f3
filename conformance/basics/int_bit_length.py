# int.bit_length and bit_count for zero, negatives, powers of two and big values.
for n in [0, 1, 2, 3, 4, 7, 8, 255, 256, -1, -2, -255, -256, 2 ** 63 - 1, 2 ** 63, 2 ** 64,
          -(2 ** 64), 10 ** 100, -(10 ** 100)]:
    print(n, n.bit_length(), n.bit_count())
print((0).bit_length(), True.bit_length(), False.bit_count())
print(all((2 ** k).bit_length() == k + 1 for k in range(200)))
print(all((2 ** k - 1).bit_length() == k for k in range(1, 200)))
print(int.bit_length(1000), int.bit_count(1000))
x = 12345
print(x.bit_length(), len(bin(x)) - 2, len(bin(-x)) - 3)
