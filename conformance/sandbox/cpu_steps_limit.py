# the step limit stops a loop
while True:
    pass
