# %-format '*' width and precision taken from the argument tuple, negative width means left.
print('%*d|' % (6, 42), '%-*d|' % (6, 42), '%*d|' % (-6, 42), '%.*f' % (2, 3.14159))
print('%*.*f|' % (10, 3, 2.71828), '%*s|%*s|' % (4, 'a', -4, 'b'), '%.*s' % (3, 'abcdef'))
print('%0*d' % (5, 7), '%+*.*e' % (12, 2, 12345.678))
try:
    '%*d' % ('5', 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    '%*d' % (5,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    '%.*f' % (1.5, 2.0)
except TypeError as e:
    print(type(e).__name__, e)
