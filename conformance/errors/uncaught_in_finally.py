# An exception raised in a finally block replaces the original one and ends the program.
def work():
    try:
        print('working')
        raise ValueError('original failure')
    finally:
        print('cleaning up')
        raise RuntimeError('cleanup failed')
work()
