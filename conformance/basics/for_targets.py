# for-loop targets: unpacking, dict iteration forms, loop variable after loop, shadowing.
d = {'x': 1, 'y': 2, 'z': 3}
for k in d:
    print(k, end=' ')
print()
for v in d.values():
    print(v, end=' ')
print()
for k, v in d.items():
    print(k + '=' + str(v), end=' ')
print()
for i, (k, v) in enumerate(d.items(), 1):
    print(i, k, v)
for a, *b in ['abc', 'de', 'f']:
    print(a, b)
for x in range(3):
    pass
print('after:', x)
x = 'unchanged'
for x in []:
    pass
print(x)
for (a, b) in [(1, 2)]:
    print(a + b)
for [a, b] in [[3, 4]]:
    print(a * b)
for i in range(3):
    i = i * 100
    print(i, end=' ')
print()
names = ['ann', 'bob']
ages = [30, 40]
for name, age in zip(names, ages):
    print(f'{name}:{age}')
for i in reversed(range(3)):
    print(i, end=' ')
print()
for ch in 'héllo':
    print(ch, end='|')
print()
