# strip/lstrip/rstrip: default whitespace, character sets (not prefixes), unicode spaces.
s = ' \t\n hello world \r\n\x0b\x0c'
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xxhixx'.lstrip('x'), 'xxhixx'.rstrip('x'))
print('abcHELLOcba'.strip('abc'), 'www.example.com'.strip('w.moc'))
print(repr(''.strip()), repr('   '.strip()), repr('x'.strip('x')), repr('abc'.strip('')))
print('\u3000\xa0text\u2003\x85'.strip(), repr('\u200bzero width\u200b'.strip()))
print('  a b  '.strip(None), '--a--'.strip('-'), '12345'.strip('54'), '1.2300'.rstrip('0'))
print('hello'.strip('ol'), 'hello'.lstrip('eh'), 'mississippi'.rstrip('ip'))
print('ééaéé'.strip('é'), 'ab'.strip('ba'))
try:
    'x'.strip(5)
except TypeError as e:
    print(type(e).__name__, e)
lines = ['  a  ', '\tb\n', 'c']
print([l.strip() for l in lines])
