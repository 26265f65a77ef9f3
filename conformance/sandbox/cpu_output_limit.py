# the output limit stops a printing loop
while True:
    print('x' * 1000)
