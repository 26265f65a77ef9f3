# find/rfind: start and end arguments (negative, out of range), empty needle, not found.
s = 'hello world, hello python'
print(s.find('hello'), s.find('hello', 1), s.find('hello', 1, 17), s.find('hello', 1, 18))
print(s.rfind('hello'), s.rfind('hello', 0, 17), s.rfind('o'), s.rfind('o', -5), s.rfind('o', -5, -3))
print(s.find('xyz'), s.rfind('xyz'), s.find(''), s.rfind(''), s.find('', 100), s.rfind('', 5, 3))
print(s.find('', len(s)), s.find('', len(s) + 1), s.rfind('', 0, 100))
print(s.find('o', -100), s.find('o', 100), s.find('h', -7), s.find('d', None, None))
print('aaaa'.find('aa'), 'aaaa'.rfind('aa'), 'aaaa'.find('aa', 1), 'aaaa'.rfind('aa', 0, 3))
print('ünïcödé'.find('ï'), 'ünïcödé'.rfind('é'), 'ünïcödé'.find('cö'), '🙂a🙂'.rfind('🙂'))
print(''.find(''), ''.find('a'), 'abc'.find('abcd'), 'abc'.find('c', 2, 2))
print('x' in s, 'hello' in s, '' in s, 'Hello' in s)
try:
    s.find(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.find('a', 'b')
except TypeError as e:
    print(type(e).__name__, e)
