# CPU bomb: join of a huge list in a loop
l = ['x'] * 10**6
while True:
    s = ''.join(l)
