# bytearray errors: constructor, index and slice assignment, mutating methods, operators.
def check(f):
    try:
        print(f())
    except (TypeError, ValueError, IndexError, OverflowError, BufferError, UnicodeError) as e:
        print(type(e).__name__, e)

b = bytearray(b'abc')
check(lambda: bytearray(-1))
check(lambda: bytearray(2 ** 70))
check(lambda: bytearray('text'))
check(lambda: bytearray('é', 'ascii'))
check(lambda: bytearray('a', 5))
check(lambda: bytearray(b'a', 'utf-8'))
check(lambda: bytearray(errors='strict'))
check(lambda: bytearray(None))
check(lambda: bytearray(1.5))
check(lambda: bytearray([1, 256]))
check(lambda: bytearray([-1]))
check(lambda: bytearray(['a']))
check(lambda: bytearray(1, 2, 3, 4))
check(lambda: b[3])
check(lambda: b[-4])
check(lambda: b['x'])
check(lambda: b[1.0])

def setitem(k, v):
    b[k] = v
    return b

def delitem(k):
    del b[k]
    return b

check(lambda: setitem(0, 256))
check(lambda: setitem(0, -1))
check(lambda: setitem(0, 'a'))
check(lambda: setitem(0, b'a'))
check(lambda: setitem(9, 300))
check(lambda: setitem(9, 1))
check(lambda: setitem('k', 1))
check(lambda: setitem(slice(0, 1), 5))
check(lambda: setitem(slice(0, 1), 'str'))
check(lambda: setitem(slice(0, 1), 1.5))
check(lambda: setitem(slice(0, 1), None))
check(lambda: setitem(slice(0, 1), [1, 300]))
check(lambda: setitem(slice(0, 1), ['a']))
check(lambda: setitem(slice(None, None, 2), b'xyz'))
check(lambda: delitem(5))
check(lambda: delitem('k'))
check(lambda: b.append(256))
check(lambda: b.append('a'))
check(lambda: b.append(2 ** 70))
check(lambda: b.extend(5))
check(lambda: b.extend(None))
check(lambda: b.extend('ab'))
check(lambda: b.extend([1, 'x']))
print(b)
check(lambda: b.insert(0, 300))
check(lambda: b.insert('0', 1))
check(lambda: b.pop(10))
check(lambda: b.pop('x'))
check(lambda: bytearray().pop())
check(lambda: b.remove(120))
check(lambda: b.remove(b'a'))
check(lambda: b.remove(999))
check(lambda: b + 'x')
check(lambda: b + 5)
check(lambda: 5 + b)
check(lambda: [1] + b)
check(lambda: b * 'x')
check(lambda: b * 1.5)
check(lambda: b * 2 ** 70)
check(lambda: b % 5)

def iadd(x):
    global b
    b += x
    return b

check(lambda: iadd(5))
check(lambda: iadd('s'))
check(lambda: iadd(b))
check(lambda: b.hex(bytearray(b':')))
check(lambda: b.find(300))
check(lambda: b.find('a'))
check(lambda: b.split(b''))
check(lambda: b.center(5, b'ab'))
check(lambda: b.startswith('a'))
check(lambda: bytearray.fromhex('zz'))
check(lambda: bytearray.fromhex(b'00'))
check(lambda: b.decode('ascii', 5))
check(lambda: bytearray(b'\xff').decode())
check(lambda: b.translate(b'short'))
print(b)
