# bytes find/rfind/index/count/startswith/endswith, with int needles and ranges.
b = b'hello world hello'
print(b.find(b'hello'), b.find(b'hello', 1), b.rfind(b'hello'), b.find(b'z'), b.find(111))
print(b.index(b'world'), b.rindex(b'l'), b.count(b'l'), b.count(b'll'), b.count(108), b.count(b''))
print(b.startswith(b'hell'), b.startswith((b'x', b'he')), b.endswith(b'llo'), b.endswith(b'lo', 0, 5))
print(b.find(b'', 5), b.rfind(b'o', 0, 8), b.find(b'o', -5), b'' .find(b''))
try:
    b.index(b'z')
except ValueError as e:
    print(type(e).__name__, e)
try:
    b.find('h')
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.find(300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    b.startswith('h')
except TypeError as e:
    print(type(e).__name__, e)
print(b.removeprefix(b'hello '), b.removesuffix(b' hello'), b.removeprefix(b'x'))
