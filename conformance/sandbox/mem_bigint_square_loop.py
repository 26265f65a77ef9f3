# memory bomb: squaring a big int until it cannot be
x = 3
while True:
    x = x * x
