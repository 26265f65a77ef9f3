# %-formatting bytes: %s needs bytes-like, %b, %r/%a give ascii repr, %d %x %c work.
print(b'%s' % b'data', b'%b' % b'x', b'%s and %s' % (b'a', b'b'), b'%d|%5d|%x|%X' % (42, 7, 255, 255))
print(b'%c' % 65, b'%c' % b'z', b'%r' % 'str', b'%a' % 'é', b'%r' % b'b', b'%%' % ())
print(b'%(k)s' % {b'k': b'v'}, b'%-5s|%5s|' % (b'ab', b'cd'), b'%.2f' % 3.14159, b'%e' % 1.5)
for fmt, arg in [(b'%s', 'str'), (b'%s', 5), (b'%c', 256), (b'%c', b'ab'), (b'%d', b'1'),
                 (b'%s %s', (b'a',)), (b'%s', (b'a', b'b')), (b'%(k)s', {'k': b'v'})]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(fmt, type(e).__name__, e)
