# a generator whose finally block loops is stopped
def g():
    try:
        while True:
            yield 1
    finally:
        while True:
            pass
for x in g():
    pass
