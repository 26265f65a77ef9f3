# if/elif/else chains, nesting, and which branch runs for various conditions.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'

for v in [-5, 0, 3, 10, 99, 100, 10 ** 30]:
    print(v, classify(v))

def fizz(n):
    if n % 15 == 0:
        return 'FizzBuzz'
    if n % 3 == 0:
        return 'Fizz'
    if n % 5 == 0:
        return 'Buzz'
    return str(n)
print(' '.join(fizz(i) for i in range(1, 16)))

x = 5
if x:
    if x > 3:
        print('x > 3')
    else:
        print('x <= 3')
else:
    print('falsy')

if []:
    print('no')
elif {}:
    print('no')
elif '':
    print('no')
elif 0.0:
    print('no')
elif None:
    print('no')
else:
    print('all falsy')

if 1: print('one-line if')
if 0: print('never')
else: print('one-line else')

y = 0
if y == 0: y += 1; y *= 10; print('suite on one line', y)

calls = []
def t(v):
    calls.append(v)
    return v
if t(0):
    pass
elif t(''):
    pass
elif t('yes'):
    pass
elif t('never evaluated'):
    pass
print(calls)
