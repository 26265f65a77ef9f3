# Building strings: += in loops, join, list accumulation, repetition; results identical.
parts = []
s = ''
for i in range(10):
    s += str(i) + ','
    parts.append(str(i))
print(s, ','.join(parts) + ',', s == ','.join(parts) + ',')
lines = []
for row in range(3):
    lines.append(' '.join(f'{row * 3 + c:2d}' for c in range(3)))
print('\n'.join(lines))
acc = ''
for word in ['alpha', 'beta', 'gamma']:
    if acc:
        acc += ' | '
    acc += word.upper()
print(acc)
print(''.join(chr(ord('a') + i) for i in range(26)))
print('-'.join(['ab'] * 3), 'ab' * 3, ('x' + 'y') * 2 + 'z')
big = ''.join(str(i % 10) for i in range(1000))
print(len(big), big[:15], big[-5:], big.count('7'))
html = '<ul>' + ''.join(f'<li>{x}</li>' for x in ['a', 'b']) + '</ul>'
print(html)
