# CPU bomb: one big native sort
l = [(i * 7919) % 1000003 for i in range(10**6)]
while True:
    sorted(l)
