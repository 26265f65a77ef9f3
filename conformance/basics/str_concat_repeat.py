# String concatenation and repetition: +, *, implicit literal concatenation, errors.
print('ab' + 'cd', 'a' + '' + 'b', '' + '', 'x' * 3, 3 * 'x', 'ab' * 0, 'ab' * -2, '' * 100)
print('abc' 'def', 'x' "y" '''z''', ('multi'
                                       'line'))
s = ''
for i in range(5):
    s += str(i)
print(s)
print('=' * 20)
print('-' * True, repr('-' * False))
print(len('ab' * 1000), ('ab' * 1000)[-3:])
for bad in [lambda: 'a' + 1, lambda: 1 + 'a', lambda: 'a' * 'b', lambda: 'a' * 1.5,
            lambda: 'a' - 'b', lambda: 'a' + None, lambda: 'a' + b'b', lambda: [1] + 'a']:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
a = 'x'
b = a
a += 'y'
print(a, b)
print('é' * 3, '🙂' + '!', 'ab' * 2 + 'c')
