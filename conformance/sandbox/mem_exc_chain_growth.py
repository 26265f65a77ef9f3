# memory bomb: an ever longer exception context chain
e = None
while True:
    try:
        try:
            raise ValueError('x' * 100)
        finally:
            pass
    except ValueError as x:
        x.__context__ = e
        e = x
