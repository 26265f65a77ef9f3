# A tuple right operand is the argument list; wrap tuples to format them as one value.
t = (1, 2)
print('%s %s' % t, '%s' % (t,), '%r' % (t,), '%s' % [t])
try:
    print('%s' % t)
except TypeError as e:
    print(type(e).__name__, e)
print('%s' % ((),))
try:
    print('%s' % ())
except TypeError as e:
    print(type(e).__name__, e)
print('%s-%s' % ('a', (1, 2)), '%s' % ((1, 2, 3),))
single = (5,)
print('%d' % single, '%s' % single, '%s' % (single,))
print('%s' % {'dict': 'as single arg'}, '%s' % {'a'})
