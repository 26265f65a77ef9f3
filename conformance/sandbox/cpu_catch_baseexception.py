# a time limit cannot be caught by except BaseException
try:
    while True:
        pass
except BaseException:
    print('caught')
print('after')
