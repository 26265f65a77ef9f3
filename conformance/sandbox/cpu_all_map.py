# CPU bomb: all(map(...)) native loop
x = all(map(bool, range(1, 10**15)))
