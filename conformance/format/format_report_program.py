# Program: a formatted invoice using f-strings, str.format and %-formatting together.
lines = [('Widget', 3, 4.25), ('Gizmo (large)', 1, 129.0), ('Bolt', 250, 0.02), ('Nut', 250, 0.015)]
width = 40
print('=' * width)
print(f'{"INVOICE #%05d" % 42:^{width}}')
print('=' * width)
print('{:<18}{:>5}{:>8}{:>9}'.format('Item', 'Qty', 'Price', 'Total'))
print('-' * width)
subtotal = 0.0
for name, qty, price in lines:
    total = qty * price
    subtotal += total
    print(f'{name:<18.18}{qty:>5d}{price:>8.3f}{total:>9,.2f}')
print('-' * width)
tax = subtotal * 0.0825
for label, amount in [('Subtotal', subtotal), ('Tax 8.25%', tax), ('TOTAL', subtotal + tax)]:
    print('%-31s%9s' % (label, format(amount, ',.2f')))
print('=' * width)
print(f'{"Paid":>31}{"yes":>9}')
print('Items: {n}, average price {avg:.4f}'.format(n=len(lines), avg=sum(p for _, _, p in lines) / len(lines)))
