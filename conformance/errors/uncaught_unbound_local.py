# Uncaught UnboundLocalError from assigning to a global name inside a function.
counter = 0
def bump():
    counter += 1
print('bumping')
bump()
