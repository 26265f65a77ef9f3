# partition/rpartition: always 3-tuples, missing separator placement, errors.
print('key=value'.partition('='), 'key=value=x'.partition('='), 'key=value=x'.rpartition('='))
print('novalue'.partition('='), 'novalue'.rpartition('='))
print('=lead'.partition('='), 'trail='.rpartition('='), ''.partition('x'), ''.rpartition('x'))
print('a::b::c'.partition('::'), 'a::b::c'.rpartition('::'))
print('héllo wörld'.partition(' '), 'ü'.rpartition('ü'))
k, sep, v = 'name: Ann'.partition(': ')
print(k, repr(sep), v)
for line in ['host=localhost', 'port=8080', 'flag', 'path=/a=b']:
    key, found, val = line.partition('=')
    print(key, bool(found), repr(val))
try:
    'abc'.partition('')
except ValueError as e:
    print(type(e).__name__, e)
try:
    'abc'.rpartition(None)
except TypeError as e:
    print(type(e).__name__, e)
print(type('a'.partition('a')).__name__)
