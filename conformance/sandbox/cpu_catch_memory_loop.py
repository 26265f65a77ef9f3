# catching MemoryError in a loop does not defeat the time limit
while True:
    try:
        x = 'a' * 10**10
    except MemoryError:
        pass
