# CPU bomb: a worst-case bytes search, repeated
h = b'a' * 10**6
n = b'a' * 1000 + b'b'
while True:
    h.find(n)
