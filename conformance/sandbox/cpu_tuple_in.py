# CPU bomb: `in` on a long tuple
t = tuple(range(10**6))
while True:
    -5 in t
