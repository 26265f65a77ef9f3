# memory bomb: a list doubled until it cannot be
x = [0]
while True:
    x = x + x
