# memory bomb: list *= 2 in a loop
x = [0]
while True:
    x *= 2
