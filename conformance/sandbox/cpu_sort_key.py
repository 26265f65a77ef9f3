# CPU bomb: sorted with a key function forever
l = list(range(10**5))
while True:
    l = sorted(l, key=lambda x: -x)
