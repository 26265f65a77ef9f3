# CPU bomb: while True: pass
while True:
    pass
