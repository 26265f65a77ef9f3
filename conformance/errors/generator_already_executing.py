# A generator that resumes itself raises ValueError: generator already executing.
def selfish():
    yield 1
    yield next(gen)
gen = selfish()
print(next(gen))
try:
    next(gen)
except ValueError as e:
    print(type(e).__name__, e)
print(next(gen, 'finished after error'))
def sender():
    x = yield 'start'
    yield g2.send(x)
g2 = sender()
print(next(g2))
try:
    g2.send('value')
except ValueError as e:
    print(type(e).__name__, e)
