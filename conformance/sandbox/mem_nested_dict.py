# memory bomb: d = {0: d} forever
d = {}
while True:
    d = {0: d}
