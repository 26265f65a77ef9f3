# CPU bomb: formatting in a loop
while True:
    s = '{:>1000000}'.format('x')
