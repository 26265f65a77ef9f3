# memory bomb: list.append forever
x = []
while True:
    x.append(len(x))
