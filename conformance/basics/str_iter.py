# Iterating over strings: characters, enumerate, reversed, zip, list/tuple/set conversions.
for c in 'abc':
    print(c, ord(c))
print(list('hello'), tuple('hi'), sorted(set('hello')))
print(list(enumerate('xyz')), list(reversed('abc')), list(zip('ab', 'xyz')))
it = iter('ab')
print(next(it), next(it), next(it, 'done'))
print([c * 2 for c in 'ab'], ''.join(c for c in 'a1b2' if c.isdigit()))
print(list('ünï🙂'), len(list('ünï🙂')))
print(dict(zip('abc', range(3))), list(map(str.upper, 'abc')))
counts = {}
for ch in 'abracadabra':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(max('hello'), min('hello'), sorted('hello'), sorted('hello', reverse=True))
print(list(''), [c for c in '' if True])
