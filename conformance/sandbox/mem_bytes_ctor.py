# memory bomb: bytes(10**12)
x = bytes(10**12)
