# a time limit cannot be caught by except TimeoutError
try:
    while True:
        pass
except TimeoutError:
    print('caught')
print('after')
