# str.encode to utf-8 and ascii/latin-1 with error handlers; lengths in bytes vs chars.
for s in ['hello', 'héllo', '日本', '🙂', '', 'a\x00b', '\x80\xff', 'Ωmega']:
    b = s.encode()
    print(repr(s), len(s), b, len(b), b.decode() == s)
print('é'.encode('utf-8'), 'é'.encode('latin-1'), 'é'.encode('utf8'), 'x'.encode('ascii'))
print('é'.encode(encoding='UTF-8'), 'héllo'.encode('ascii', 'ignore'), 'héllo'.encode('ascii', 'replace'))
print('héllo'.encode('ascii', 'backslashreplace'), 'héllo🙂'.encode('ascii', 'xmlcharrefreplace'))
print('€'.encode('latin-1', 'replace'), 'ÿ'.encode('latin-1'))
try:
    'héllo'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    '€'.encode('latin-1')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    'x'.encode('no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
try:
    '\ud800'.encode('utf-8')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(type('x'.encode()).__name__)
