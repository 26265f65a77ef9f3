# memory: int.from_bytes of 10**7 bytes, then its square
x = int.from_bytes(b'\xff' * 10**7, 'big')
y = x * x
