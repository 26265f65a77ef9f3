# %-formatting with a mapping reads only keys
print('%(a)s' % {'a': 1})
try:
    print('%(__class__)s' % {})
except KeyError as e:
    print('KeyError', e)
