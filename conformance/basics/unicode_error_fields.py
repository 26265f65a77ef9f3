# UnicodeDecodeError/UnicodeEncodeError: args, attributes and str() computed from them.
for data, enc in [(b'\xff', 'utf-8'), (b'a\xc3', 'utf-8'), (b'\xe2\x28\xa1', 'utf-8'), (b'abc\x80\x81', 'ascii')]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(repr(e), e.args, str(e), e.object, e.start, e.end, e.reason, e.encoding)
for s, enc in [('a\u20acb', 'ascii'), ('\U0001F600', 'latin-1'), ('x\xe9\xe8y', 'ascii'), ('\ud800', 'utf-8'), ('ab\xff', 'ascii')]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(repr(e), e.args, str(e), repr(e.object), e.start, e.end, e.reason, e.encoding)
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    e.reason = 'custom'
    e.start = 0
    print(e)
    e.end = 1
    print(e, e.args)
e = UnicodeDecodeError('utf-8', b'\xffab', 0, 1, 'bad')
print(str(e), repr(e), e.args)
e = UnicodeEncodeError('ascii', 'h\xe9', 1, 2, 'nope')
print(str(e))
try:
    str(b'\xc0', 'utf-8')
except ValueError as e:
    print(type(e).__name__, e)
try:
    b'\xc0abc'.decode('utf-8')
except UnicodeError as e:
    print(type(e).__name__, e, e.args[1:4])
