# CPU bomb: raising and catching in a loop
while True:
    try:
        raise ValueError('x')
    except ValueError:
        pass
