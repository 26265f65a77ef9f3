# str.rsplit: splitting from the right, maxsplit, whitespace mode, compared with split.
s = 'a,b,c,d'
print(s.rsplit(','), s.rsplit(',', 1), s.rsplit(',', 2), s.rsplit(',', 0))
print('  a  b  c  '.rsplit(), '  a  b  c  '.rsplit(None, 1), '  a  b  c  '.rsplit(maxsplit=1))
print('path/to/file.txt'.rsplit('/', 1), 'file.tar.gz'.rsplit('.', 1))
print('aaa'.rsplit('aa'), 'aaa'.split('aa'), 'aaaa'.rsplit('aa', 1))
print(''.rsplit(), ''.rsplit('x'), 'xx'.rsplit('x'))
print('a b'.rsplit(' ', -1), 'nosep'.rsplit(','))
print('ü ö ä'.rsplit(None, 1))
try:
    'x'.rsplit('')
except ValueError as e:
    print(type(e).__name__, e)
