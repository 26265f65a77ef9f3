# str.count: non-overlapping matches, ranges, empty substring counts positions.
s = 'banana'
print(s.count('a'), s.count('an'), s.count('ana'), s.count('nan'), s.count('x'))
print(s.count(''), ''.count(''), ''.count('a'), 'aaaa'.count('aa'), 'aaaaa'.count('aa'))
print(s.count('a', 2), s.count('a', 2, 4), s.count('a', -2), s.count('', 2, 4), s.count('', 10))
print(s.count('a', 100), s.count('', 6), s.count('', 7), s.count('ban', -100, 100))
print('ééé'.count('é'), '🙂🙂x🙂'.count('🙂'), 'Mississippi'.lower().count('ss'))
text = 'the cat and the hat and the bat'
print({w: text.count(w) for w in ['the', 'and', 'at', ' ']})
try:
    s.count()
except TypeError as e:
    print(type(e).__name__, e)
