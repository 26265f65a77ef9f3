# str.replace: all occurrences, count argument, empty old string inserts between chars.
s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 2), s.replace('one', '1', 0), s.replace('one', '1', -1))
print(s.replace('three', '3'), s.replace(' ', ''), s.replace('o', 'oo'))
print('aaa'.replace('a', 'b', 1), 'aaaa'.replace('aa', 'b'), 'abc'.replace('', '-'))
print('abc'.replace('', '-', 2), ''.replace('', 'x'), ''.replace('a', 'b'), 'abc'.replace('abc', ''))
print('héllo'.replace('é', 'e'), 'x'.replace('x', 'ü' * 3), '🙂'.replace('🙂', ':)'))
print('a.b.c'.replace('.', '\n').splitlines())
print('tab\there'.replace('\t', '    '))
print('AbcABC'.replace('A', 'a').replace('B', 'b'))
try:
    s.replace('a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.replace('a', 1)
except TypeError as e:
    print(type(e).__name__, e)
print(s.replace('one', 'ONE', True))
