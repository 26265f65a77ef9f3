# CPU bomb: an infinite generator consumed by list.extend (native)
def g():
    while True:
        yield 0
x = []
for v in g():
    pass
