# and/or return one of their operands and stop evaluating as soon as the result is known.
def t(tag, val):
    print('eval', tag)
    return val
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print('' or 'default', 'value' or 'default', None or 0, 0 or None)
print([] and 'x', [1] and 'x', {} or [] or () or 'last')
print(t('a', 0) and t('b', 1))
print(t('a', 1) and t('b', 0) and t('c', 2))
print(t('a', 0) or t('b', '') or t('c', 'found') or t('d', 'skipped'))
print(t('a', 1) or t('b', 2))
print(not 0 and 'yes')
print(1 or 2 and 0)
print((1 or 2) and 0)
print(0 and 1 or 2)
x = None
name = x and x.upper()
print(name)
x = 'abc'
print(x and x.upper())
d = {}
val = d.get('k') or 'fallback'
print(val)
print(0.0 or -0.0, -0.0 or 0.0)
result = t('x', []) or t('y', {}) and t('z', 'never')
print(result)
print(True and 'str' and 5, False or 0 or '')
