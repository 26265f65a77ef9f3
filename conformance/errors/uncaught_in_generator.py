# Uncaught exception raised inside a generator while a for loop consumes it.
def items():
    yield 'a'
    yield 'b'
    raise IndexError('ran off the end of the data')
for x in items():
    print('item', x)
print('unreachable')
