# memory bomb: many distinct strings
l = []
i = 0
while True:
    l.append(str(i) * 10)
    i += 1
