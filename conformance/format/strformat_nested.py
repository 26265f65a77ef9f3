# Nested replacement fields in str.format specs, including keyword-driven widths.
for w in (5, 8):
    print('[{:>{}}]'.format('x', w), '[{0:^{1}}]'.format('mid', w), '[{v:{f}<{w}}]'.format(v='z', f='-', w=w))
print('{0:.{1}f}'.format(3.14159, 2), '{:.{}e}'.format(12345.678, 1), '{:{}{}}'.format(7, '0', 3))
print('{n:{fill}{align}{width},}'.format(n=1234567, fill='.', align='>', width=15))
rows = [('apple', 1.5), ('kiwi', 12.25)]
w = max(len(r[0]) for r in rows)
for name, price in rows:
    print('{0:<{w}} {1:>{p}.2f}'.format(name, price, w=w, p=7))
