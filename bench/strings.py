# bench: string building, joins, splits, replace, formatting and methods.
parts = []
for i in range(120000):
    parts.append(f'item{i:05d}:{i * 3 % 97:>3}')
text = ','.join(parts)
fields = text.split(',')
total = 0
for f in fields:
    name, _, val = f.partition(':')
    total += int(val) + len(name.upper())
s = ''
for i in range(40000):
    s += str(i % 10)
words = ('lorem ipsum dolor sit amet ' * 8000).split()
caps = ' '.join(w.capitalize() for w in words)
print(len(text), total, len(s), caps.count('Lorem'), text.replace('item', 'x')[:20],
      '%d-%s-%.2f' % (len(fields), fields[-1], total / 7))
