# CPU bomb: building strings in a loop
while True:
    s = 'abc' * 10**6
