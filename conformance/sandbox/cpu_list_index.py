# CPU bomb: list.count in a loop
l = [0] * 10**6
while True:
    l.count(1)
