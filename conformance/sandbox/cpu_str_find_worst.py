# CPU bomb: a worst-case substring search, repeated
h = 'a' * 10**6
n = 'a' * 1000 + 'b'
while True:
    h.find(n)
