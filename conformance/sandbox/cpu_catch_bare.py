# a time limit cannot be caught by a bare except, in a loop
while True:
    try:
        while True:
            pass
    except:
        print('caught')
