# CPU bomb: worst-case str.count / replace / split with long patterns
h = 'a' * 10**6
n = 'a' * 1000 + 'b'
while True:
    h.count(n)
    h.replace(n, '')
    h.split(n)
