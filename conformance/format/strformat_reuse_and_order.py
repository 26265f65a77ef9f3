# Reusing and reordering arguments in str.format, with specs applied per field.
tpl = '{0:>5}|{1:<5}|{0:^5}|{1:*>7}|{0!r}'
print(tpl.format('ab', 'cd'))
print('{2}{1}{0}{1}{2}'.format('a', 'b', 'c'))
print('{x}{y}{x}'.format(x=1, y=2), '{0}{x}{0}'.format('-', x='+'))
date = (2024, 3, 9)
print('{0[0]:04d}-{0[1]:02d}-{0[2]:02d}'.format(date), '{:02d}/{:02d}/{}'.format(date[2], date[1], date[0]))
row = {'id': 7, 'name': 'widget', 'price': 3.5}
print('{id:>4} {name:<10} {price:>8.2f}'.format(**row))
print(('{0}' * 3).format('ab'), '{0}{0}{0}'.format(7))
