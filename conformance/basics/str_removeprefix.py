# removeprefix/removesuffix remove one exact occurrence only, unlike strip.
print('TestCase'.removeprefix('Test'), 'TestCase'.removeprefix('Case'), 'TestTest'.removeprefix('Test'))
print('file.tar.gz'.removesuffix('.gz'), 'file.tar.gz'.removesuffix('.tar'), 'aa'.removesuffix('a'))
print(repr(''.removeprefix('x')), repr('x'.removeprefix('')), repr('x'.removeprefix('x')))
print('abcabc'.removeprefix('abc'), 'www.site.com'.removeprefix('www.').removesuffix('.com'))
print('éclair'.removeprefix('é'), '🙂hi🙂'.removesuffix('🙂'))
print('prefix'.removeprefix('prefix and more'))
try:
    'x'.removeprefix(('a', 'b'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    'x'.removesuffix()
except TypeError as e:
    print(type(e).__name__, e)
