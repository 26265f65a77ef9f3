# re-raising in a handler does not turn a limit into an exception
try:
    try:
        while True:
            pass
    except BaseException as e:
        raise ValueError('replaced') from e
except ValueError:
    print('caught')
