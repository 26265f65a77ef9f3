# %-format flags: '-' left align, '0' zero pad, '+' and ' ' signs, '#' alternate, combined.
for fmt in ['%-8d|', '%08d|', '%+8d|', '% 8d|', '%-+8d|', '%+08d|', '% 08d|', '%-08d|', '%#8x|',
            '%#08x|', '%-#8o|', '%+x|']:
    print(repr(fmt), fmt % 42, fmt % -42)
for fmt in ['%-10.2f|', '%010.2f|', '%+.1e|', '% g|', '%#g|', '%#.3g|', '%-+10.1f|']:
    print(repr(fmt), fmt % 3.14159, fmt % -0.001)
print('%-5s|%5s|%-5r|' % ('ab', 'ab', 'ab'), '%05s|' % 'ab', '%+s' % 'x')
