# int.to_bytes: byteorder, signed, length errors, defaults (3.11: length=1, big).
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'))
print((255).to_bytes(1, 'big'), (0).to_bytes(4, 'big'), (0).to_bytes(0, 'big'))
print((-1).to_bytes(2, 'big', signed=True), (-256).to_bytes(2, 'little', signed=True))
print((127).to_bytes(1, 'big', signed=True), (-128).to_bytes(1, 'big', signed=True))
print((2 ** 64 - 1).to_bytes(8, 'big'), (2 ** 64).to_bytes(9, 'little'))
print((65).to_bytes(), (65).to_bytes(3), (65).to_bytes(length=2, byteorder='little'))
print((10 ** 20).to_bytes(16, 'big').hex())
for args in [(256, 1, 'big', False), (-1, 1, 'big', False), (128, 1, 'big', True),
             (-129, 1, 'big', True), (1, 0, 'big', False), (0, -1, 'big', False)]:
    n, length, order, signed = args
    try:
        print(n.to_bytes(length, order, signed=signed))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    (1).to_bytes(1, 'middle')
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(1, byteorder=5)
except TypeError as e:
    print(type(e).__name__, e)
print(len((2 ** 1000).to_bytes(126, 'big')), (2 ** 1000).to_bytes(126, 'big')[:2])
print(True.to_bytes(1, 'big'))
