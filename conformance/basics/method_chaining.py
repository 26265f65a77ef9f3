# Chaining method calls on builtin values and calling results immediately.
s = '  Hello, World  '
print(s.strip().lower().replace(',', '').split())
print(' '.join(s.split()).upper().center(20, '*'))
print('a-b-c'.split('-')[::-1], '-'.join('a-b-c'.split('-')[::-1]).upper())
print(sorted('banana')[::-1][:3], ''.join(sorted(set('mississippi'))))
print({'k': [3, 1, 2]}['k'][1:], [x * 2 for x in {'k': [3, 1, 2]}['k']][::-1])
print('x=1;y=2'.split(';')[1].split('=')[1].zfill(3))
print(str(12345)[::-1].lstrip('5'), len(str(2 ** 100).rstrip('6')))
print([w.capitalize() for w in 'the end'.split()][-1].swapcase())
print((lambda: [1, 2, 3])()[1], (lambda *a: a)(1, 2)[-1], {'f': len}['f']('four'))
