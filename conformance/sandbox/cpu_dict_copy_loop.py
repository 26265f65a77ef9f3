# CPU bomb: copying a big dict in a loop
d = dict.fromkeys(range(10**5))
while True:
    e = dict(d)
