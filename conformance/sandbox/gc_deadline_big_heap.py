# F5: collections of a big live heap are charged to the time limit: the run stops at the deadline
# even while a collection is under way (checked by the wall-time bound of the runner).
x = [[i] for i in range(10**6)]
while True:
    y = [str(i) for i in range(1000)]
