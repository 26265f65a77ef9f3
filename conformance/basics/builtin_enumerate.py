# enumerate: default and custom start (including negative and big), laziness, keywords.
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('ab', -5)))
print(list(enumerate('ab', start=10 ** 20)), list(enumerate([])), list(enumerate('x', True)))
e = enumerate(x * 2 for x in range(3))
print(next(e), next(e), list(e))
for i, (a, b) in enumerate(zip('xy', 'pq')):
    print(i, a, b)
print(dict(enumerate(['zero', 'one'])), type(enumerate('')).__name__)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate('a', 'b')
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate('a', 1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(enumerate(iterable='ab', start=3)))
