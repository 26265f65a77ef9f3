# Loop else clauses do not run when an exception leaves the loop; handlers can resume loops.
def search(items, bad):
    for x in items:
        if x == bad:
            raise ValueError(f'bad item {x}')
    else:
        return 'completed'
for items in [[1, 2], [1, 9, 2]]:
    try:
        print(search(items, 9))
    except ValueError as e:
        print('exception instead of else:', e)
n = 0
while n < 3:
    try:
        n += 1
        if n == 2:
            raise RuntimeError('skip 2')
        print('n =', n)
    except RuntimeError as e:
        print('handled', e)
else:
    print('while else runs after handled exceptions')
