# CPU bomb: while x is not None
x = 0
while x is not None:
    x = x + 1
