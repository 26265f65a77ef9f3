# Earlier handled exceptions do not affect the final uncaught one.
for s in ['1', 'x', '3']:
    try:
        print(int(s))
    except ValueError as e:
        print('skipped:', e)
data = {'a': 1}
print(data['a'])
print(data['b'])
