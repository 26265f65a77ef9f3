# memory bomb: a string doubled until it cannot be
x = 'a'
while True:
    x = x + x
