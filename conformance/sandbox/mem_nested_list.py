# memory bomb: x = [x] forever (a deep chain of lists)
x = []
while True:
    x = [x]
