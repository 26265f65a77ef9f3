# String comparison: lexicographic by code point, case sensitivity, prefixes, sorting.
print('a' < 'b', 'a' < 'B', 'B' < 'a', 'abc' < 'abd', 'ab' < 'abc', '' < 'a', 'a' == 'a')
print('Z' < 'a', '9' < 'A', ' ' < '0', 'é' > 'z', 'apple' > 'Apple', 'abc' <= 'abc', 'b' >= 'abc')
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', '10', '9', '', 'é', 'e']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, reverse=True))
print(max(words), min(words), max(words, key=len))
print('abc' == 'ABC'.lower(), 'a' != 'a ', 'a' < 'ab')
print('10' < '9', int('10') < int('9'))
try:
    'a' < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' >= None
except TypeError as e:
    print(type(e).__name__, e)
print('a' == 1, 'a' != b'a', '1' == 1)
