# Generator finally blocks run on exhaustion, on close, and when the consumer raises.
log = []
def resource(name):
    log.append(f'open {name}')
    try:
        for i in range(3):
            yield f'{name}{i}'
    finally:
        log.append(f'close {name}')
print(list(resource('a')))
g = resource('b')
next(g)
g.close()
g = resource('c')
try:
    for item in g:
        if item == 'c1':
            raise KeyError('consumer stopped')
except KeyError:
    g.close()
d = resource('d')
for item in d:
    if item == 'd0':
        break
log.append('after break, d is only suspended')
d.close()
print(log)
