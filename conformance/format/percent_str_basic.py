# %-formatting basics: %s %r %a with single values, tuples, literal percent.
print('%s' % 'text', '%s' % 42, '%s' % None, '%s' % [1, 2], '%s' % (1,), '%s' % ((1, 2),))
print('%r' % 'text', '%r' % 42, '%a' % 'é', '%r' % 'é', '%s and %s' % ('a', 'b'))
print('100%%', '100%% %s' % 'done', '%%s' % (), '%s%%' % 50)
print('%s' % {'k': 'v'}, '%(k)s' % {'k': 'v'}, '%s' % b'bytes', '%s' % 1.5)
print('%5s|%-5s|%.2s|%5.1s|' % ('abc', 'abc', 'abc', 'abc'))
print('no args' % (), 'x' % {}, repr('' % ()))
print('%s %s %s' % tuple('xyz'), '%s' % 'single')
