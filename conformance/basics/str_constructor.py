# str(): from numbers, None, containers, bytes (repr vs decoding), and keyword forms.
print(str(), repr(str()), str(5), str(-5.5), str(1e100), str(True), str(None))
print(str([1, 'a']), str((1,)), str({'k': [None]}), str({1, 2}), str(range(3)))
print(str(b'bytes'), str(b'caf\xc3\xa9', 'utf-8'), str(b'caf\xc3\xa9', encoding='utf-8'))
print(str(b'\xff', 'utf-8', 'replace'), str(b'\xff', 'latin-1'), str(b'a\xffb', errors='ignore', encoding='ascii'))
print(str(object=42), str('already a str'), str(str), str(int), str(ValueError))
print(str(ValueError('msg')), str(KeyError('k')), str(1.0), str(0.1 + 0.2), str(-0.0))
print(type(str(5)).__name__, str(2 ** 100))
try:
    str('abc', 'utf-8')
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(b'\xff', 'utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
