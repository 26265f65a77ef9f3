# UnicodeDecodeError/UnicodeEncodeError attributes: encoding, object, start, end, reason.
try:
    b'ab\xffcd'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, '|', e.encoding, e.object, e.start, e.end, e.reason)
    print(str(e))
try:
    'naïve'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, '|', e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    b'\xe2\x82'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.start, e.end, e.reason, e)
try:
    '日本'.encode('latin-1')
except UnicodeError as e:
    print('caught as UnicodeError:', e, e.start, e.end)
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError))
try:
    b'\x80abc'.decode('ascii')
except ValueError as e:
    print('caught as ValueError:', type(e).__name__, e)
