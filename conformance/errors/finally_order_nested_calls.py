# Order in which finally blocks and handlers run as an exception unwinds through nested calls.
log = []
def inner():
    try:
        log.append('inner try')
        raise ValueError('deep')
    finally:
        log.append('inner finally')
def middle():
    try:
        inner()
    except KeyError:
        log.append('middle wrong handler')
    finally:
        log.append('middle finally')
def outer():
    try:
        middle()
    except ValueError as e:
        log.append(f'outer handled {e}')
    finally:
        log.append('outer finally')
outer()
print(log)
log.clear()
def gen():
    try:
        yield 1
        raise KeyError('from gen')
    finally:
        log.append('gen finally')
try:
    for x in gen():
        log.append(f'got {x}')
except KeyError as e:
    log.append(f'caught {e}')
print(log)
