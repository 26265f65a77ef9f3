# str.split: whitespace mode vs explicit separator, maxsplit, empty strings, errors.
s = '  the quick\tbrown\n\nfox  '
print(s.split())
print(s.split(' '))
print(s.split(None, 1), s.split(maxsplit=2))
print('a,b,,c,'.split(','), 'a,b,,c,'.split(',', 1), 'a,b,,c,'.split(',', maxsplit=-1))
print(''.split(), ''.split(','), '   '.split(), '   '.split(' '))
print('abc'.split('abc'), 'abcabc'.split('abc'), 'aaa'.split('a'), 'aaa'.split('aa'))
print('a--b--c'.split('--'), 'a--b--c'.split('--', 0), 'no sep'.split('x'))
print('1 2 3'.split(' ', 5), 'x'.split(None, 0), '  x  y '.split(None, 0))
print('a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u3000i'.split())
print('héllo wörld ünïcode'.split(), 'ü-ö-ä'.split('-'))
print('tab\tsep\tvalues'.split('\t'), 'line1\r\nline2'.split('\r\n'))
try:
    'abc'.split('')
except ValueError as e:
    print(type(e).__name__, e)
try:
    'abc'.split(1)
except TypeError as e:
    print(type(e).__name__, e)
print('k=v=w'.split('=', 1), 'k=v=w'.split(sep='=', maxsplit=1))
words = 'one two  three'.split(' ')
print(words, len(words))
print('a b c'.split(None, -1), 'a b c'.split(' ', -5))
