# center/ljust/rjust/zfill: fill characters, odd padding split, widths smaller than len.
s = 'abc'
for w in [0, 2, 3, 4, 5, 6, 7, 10]:
    print(w, repr(s.center(w)), repr(s.ljust(w)), repr(s.rjust(w)), repr(s.zfill(w)))
print(repr('ab'.center(5, '*')), repr('ab'.center(6, '*')), repr('a'.center(4, '-')))
print(repr('abc'.center(6, '*')), repr('abcd'.center(7, '.')), repr(''.center(3, 'x')))
print('x'.ljust(5, 'é'), 'x'.rjust(5, '🙂'), 'ü'.center(3))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), '--42'.zfill(6), 'abc'.zfill(5))
print(''.zfill(3), '-'.zfill(3), '+'.zfill(1), '3.14'.zfill(8), '-3.14'.zfill(8), ' 42'.zfill(5))
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print(type(e).__name__, e)
try:
    'x'.ljust(5, '')
except TypeError as e:
    print(type(e).__name__, e)
try:
    'x'.rjust('5')
except TypeError as e:
    print(type(e).__name__, e)
rows = [('apple', 3), ('kiwi', 12), ('banana', 100)]
for name, qty in rows:
    print(name.ljust(8, '.') + str(qty).rjust(5))
print('-' * 13)
print('TOTAL'.center(13, '='))
