# Uncaught RecursionError from infinite recursion: final line compares type and message.
def down(n):
    return down(n + 1)
print('recursing')
down(0)
