# a time limit inside a sort key cannot be caught outside
def key(x):
    try:
        while True:
            pass
    except BaseException:
        return 0
try:
    sorted([3, 2, 1], key=key)
except BaseException:
    print('caught')
