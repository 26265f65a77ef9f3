# memory bomb: bytes * 10**10
y = b'ab' * 10**10
