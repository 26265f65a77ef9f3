# memory bomb: bytes(range(256)) * 10**8
y = bytes(range(256)) * 10**8
