# str.index/rindex behave like find/rfind but raise ValueError when not found.
s = 'abracadabra'
print(s.index('a'), s.index('a', 1), s.index('bra', 2), s.rindex('a'), s.rindex('bra'))
print(s.index('c', -8), s.rindex('a', 0, -1), s.index(''), s.rindex(''))
for args in [('z',), ('a', 11), ('bra', 2, 5), ('', 12)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print(s.rindex(*args))
    except ValueError as e:
        print(type(e).__name__, e)
print('ünï'.index('ï'), 'ünï'.rindex('ü'))
try:
    s.index()
except TypeError as e:
    print(type(e).__name__, e)
