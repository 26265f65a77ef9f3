# filter: predicate functions, None as identity, laziness, result type.
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, '', 'a', [], [0], None])))
print(list(filter(str.isdigit, 'a1b2c3')), ''.join(filter(str.isalpha, 'h3ll0 w0rld')))
print(list(filter(bool, [False, True])), list(filter(None, ())), type(filter(None, [])).__name__)
seen = []
def pred(x):
    seen.append(x)
    return x > 1
f = filter(pred, [0, 1, 2, 3])
print(seen, next(f), seen)
print(list(f), seen)
try:
    list(filter(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(None)
except TypeError as e:
    print(type(e).__name__, e)
print(list(filter(lambda s: s.startswith('a'), ['apple', 'bob', 'avocado'])))
