# bin/oct/hex of ints (negative, zero, big, bool) and errors for floats/strings.
for n in [0, 1, -1, 7, -7, 255, -256, 2 ** 64, -(2 ** 70) + 1, True, 10 ** 20]:
    print(n, bin(n), oct(n), hex(n))
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16), int(hex(-255), 0))
for bad in [1.5, '10', None]:
    try:
        bin(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hex(2.0)
except TypeError as e:
    print(type(e).__name__, e)
print(hex(255).upper(), bin(5)[2:].zfill(8), hex(4096)[2:], oct(8)[2:])
