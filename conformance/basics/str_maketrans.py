# str.maketrans in its three forms, used with translate.
t = str.maketrans('abc', 'xyz')
print(sorted(t.items()), 'aabbcc'.translate(t))
t = str.maketrans('ab', 'AB', 'xyz')
print(sorted(t.items()), 'axbycz'.translate(t))
t = str.maketrans({'a': '1', 'b': None, 99: 'C'})
print(sorted(t.items()), 'abcabc'.translate(t))
t = str.maketrans('', '', ' \t')
print('a b\tc d'.translate(t))
t = str.maketrans('éü', 'eu')
print('über café'.translate(t))
vowels = str.maketrans('aeiou', '*****')
print('programming language'.translate(vowels))
try:
    str.maketrans('abc', 'xy')
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans({'ab': 'x'})
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans('abc')
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.maketrans(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(''.maketrans('a', 'b') == str.maketrans('a', 'b'))
