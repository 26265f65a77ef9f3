# print accepts flush=True and file=None; output is still in order.
print('first', flush=True)
print('second', 'part', sep='-', end='.\n', flush=False)
print('third', file=None)
for i in range(3):
    print(i, end=' ', flush=True)
print()
try:
    print('x', flush='yes')
    print('truthy flush accepted')
except TypeError as e:
    print(type(e).__name__, e)
