# CPU bomb: membership test on a long list in a loop
l = list(range(10**6))
while True:
    -1 in l
