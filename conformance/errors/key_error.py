# KeyError: str/repr of the exception, keys of different types, and catching via LookupError.
d = {'a': 1, 2: 'two', (1, 2): 'tuple'}
for k in ['b', 3, (2, 1), 'quote\'s', '', None, 1.5, frozenset({1})]:
    try:
        d[k]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    d['missing']
except LookupError as e:
    print('caught as LookupError:', e)
def lookup(key):
    try:
        return d[key]
    except KeyError as e:
        raise KeyError(f'no such setting: {key}') from e
try:
    lookup('x')
except KeyError as e:
    print(e, '| cause:', repr(e.__cause__))
try:
    raise KeyError('message with spaces')
except KeyError as e:
    print(e, str(e) == repr('message with spaces'))
