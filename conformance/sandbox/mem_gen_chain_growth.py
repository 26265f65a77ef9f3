# memory bomb: generators kept alive in a list
def g():
    yield 1
l = []
while True:
    l.append(g())
