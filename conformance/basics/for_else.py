# for loops with else, over many iterable kinds, and break/continue interplay.
for i in range(3):
    print(i)
else:
    print('done', i)
for i in []:
    print('never')
else:
    print('else on empty')
for ch in 'abc':
    if ch == 'b':
        break
else:
    print('not printed')
print('broke at', ch)
def first_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            return d
    else:
        return None
print([first_divisor(n) for n in range(2, 16)])
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')
for k in {'b': 1, 'a': 2}:
    print('key', k)
for t in (1, 'x', None):
    print(repr(t))
for b in b'AZ':
    print(b)
for x in range(10, 0, -3):
    print(x, end=' ')
print()
for i in range(3):
    pass
print('loop var kept:', i)
for i in range(5):
    if i == 2:
        continue
    print('body', i)
else:
    print('else after continue')
total = 0
for x in iter([5, 6, 7]):
    total += x
print(total)
lst = [1, 2, 3]
for x in lst:
    x *= 10
print(lst)
