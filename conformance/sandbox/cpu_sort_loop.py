# CPU bomb: sorting a 10**5 list forever
l = list(range(10**5))
while True:
    l.sort(reverse=True)
    l.sort()
