# Errors from raise itself: raising non-exceptions, bad causes, raising classes vs instances.
for thing in [5, 'message', None, [ValueError], ValueError()]:
    try:
        raise thing
    except TypeError as e:
        print(type(e).__name__, e)
    except ValueError as e:
        print('raised instance ok:', repr(e))
try:
    raise ValueError('x') from 'cause'
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise KeyError
except KeyError as e:
    print('class raised, instance caught:', repr(e), e.args)
try:
    raise ValueError('a') from ValueError
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise int
except TypeError as e:
    print(type(e).__name__, e)
