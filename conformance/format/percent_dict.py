# %-format mapping form: %(name)s with any conversion, repeated keys, errors.
d = {'name': 'Ann', 'age': 30, 'score': 91.256, 'tags': ['a', 'b']}
print('%(name)s is %(age)d, score %(score).1f, tags %(tags)r' % d)
print('%(name)s %(name)r %(name)-6s|%(age)05d|%(age)x' % d)
print('%(score)10.2f|%(score)-10.1e|%(missing_ok)s' % {'score': 1.5, 'missing_ok': None})
print('%%(name)s %(name)s' % d, '%()s' % {'': 'empty key'})
print('%(a)s' % {'a': 1, 'b': 2}, '%s' % {'k': 1})
try:
    '%(absent)s' % d
except KeyError as e:
    print(type(e).__name__, e)
try:
    '%(name)s %s' % d
except TypeError as e:
    print(type(e).__name__, e)
try:
    '%(name)s' % ('Ann',)
except TypeError as e:
    print(type(e).__name__, e)
try:
    '%(name' % d
except ValueError as e:
    print(type(e).__name__, e)
