# int.from_bytes: byteorder, signed, from lists and iterables, round trips.
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'))
print(int.from_bytes(b'', 'big'), int.from_bytes(b'\x00\x00', 'big'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'big'))
print(int.from_bytes(b'\x80', 'big', signed=True), int.from_bytes(b'\x7f', 'big', signed=True))
print(int.from_bytes(b'\x00\x80', 'little', signed=True))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes((255,), 'little'))
print(int.from_bytes(b'\x01' * 20, 'big'))
print(int.from_bytes(b'\xab\xcd'), int.from_bytes(bytes=b'\x01\x00', byteorder='little'))
for n in [0, 1, 255, 256, 2 ** 100 + 17, 10 ** 30]:
    length = max(1, (n.bit_length() + 7) // 8)
    b = n.to_bytes(length, 'big')
    print(n, length, int.from_bytes(b, 'big') == n, int.from_bytes(b[::-1], 'little') == n)
for n in [-1, -128, -129, -(2 ** 70)]:
    length = (n.bit_length() + 8) // 8
    b = n.to_bytes(length, 'little', signed=True)
    print(n, b, int.from_bytes(b, 'little', signed=True) == n)
try:
    int.from_bytes(b'\x00', 'sideways')
except ValueError as e:
    print(type(e).__name__, e)
try:
    int.from_bytes('text', 'big')
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.from_bytes([256], 'big')
except ValueError as e:
    print(type(e).__name__, e)
print(type(bool.from_bytes(b'\x01', 'big')).__name__, bool.from_bytes(b'\x00', 'big'))
