# bytes.decode: utf-8 default, other codecs, error handlers, error messages.
print(b'hello'.decode(), b'caf\xc3\xa9'.decode(), b'caf\xc3\xa9'.decode('utf-8'), b'\xe9'.decode('latin-1'))
print(b'\xf0\x9f\x99\x82'.decode(), len(b'\xf0\x9f\x99\x82'.decode()), b''.decode())
print(b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'), b'a\xffb'.decode(errors='backslashreplace'))
print(b'abc'.decode('ascii'), b'\x80'.decode('latin-1') == '\x80', b'x'.decode(encoding='utf8'))
for bad, codec in [(b'\xff', 'utf-8'), (b'\xc3', 'utf-8'), (b'a\xc3(', 'utf-8'), (b'\x80', 'ascii'),
                   (b'\xed\xa0\x80', 'utf-8'), (b'\xf8\x88\x80\x80\x80', 'utf-8'), (b'ok\xe2\x82', 'utf-8')]:
    try:
        bad.decode(codec)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
try:
    b'x'.decode('bogus')
except LookupError as e:
    print(type(e).__name__, e)
s = 'naïve 日本 🙂'
print(s.encode().decode() == s, s.encode('utf-8').decode('latin-1'))
