# startswith/endswith: tuples of prefixes, start/end ranges, empty prefix, errors.
s = 'hello world'
print(s.startswith('hello'), s.startswith('world'), s.startswith(''), s.startswith('hello world!'))
print(s.endswith('world'), s.endswith('d'), s.endswith(''), s.endswith('hello'))
print(s.startswith(('hi', 'he')), s.startswith(('x', 'y')), s.startswith(()), s.endswith(('ld', 'x')))
print(s.startswith('world', 6), s.startswith('wor', 6, 8), s.startswith('wor', 6, 9))
print(s.endswith('hello', 0, 5), s.endswith('hell', 0, 5), s.endswith('o', -7, -5))
print(s.startswith('', 11), s.startswith('', 12), s.endswith('', 5, 3), s.startswith('', 5, 3))
print(s.startswith('h', -100), s.endswith('d', -3, 100), s.startswith(('', 'x'), 50))
print('ünï'.startswith('ü'), 'ünï'.endswith('nï'), '🙂x'.startswith('🙂'))
files = ['a.py', 'b.txt', 'c.PY', 'd.pyc']
print([f for f in files if f.endswith(('.py', '.txt'))])
print([f for f in files if f.lower().endswith('.py')])
try:
    s.startswith(['he'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.endswith(('he', 1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.startswith(1)
except TypeError as e:
    print(type(e).__name__, e)
