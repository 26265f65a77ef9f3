# break and continue inside try/finally and try/except in loops.
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    finally:
        print('finally', i)
print('after loop', i)
def f():
    log = []
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            log.append(e.args[0])
            continue
        finally:
            log.append('f')
    return log
print(f())
def g():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return 'break in finally swallowed KeyError, i=%d' % i
print(g())
def h():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
        finally:
            print('while finally', n)
    return n
print(h())
out = []
for x in range(4):
    try:
        try:
            if x % 2:
                continue
            out.append(x)
        finally:
            out.append('in%d' % x)
    finally:
        out.append('out%d' % x)
print(out)
def k():
    for i in range(3):
        try:
            continue
        finally:
            if i == 1:
                return 'returned from finally at %d' % i
print(k())
