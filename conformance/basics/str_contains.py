# The in operator on strings: substrings, empty string, case, type errors.
s = 'The quick brown fox'
print('quick' in s, 'Quick' in s, 'fox' in s, ' ' in s, '' in s, '' in '', 'x' not in s)
print('brown fox' in s, 'k b' in s, s in s, s + '!' in s)
print('é' in 'café', 'ü' in 'cafe', '🙂' in 'a🙂b', 'b🙂' in 'a🙂b')
try:
    1 in 'abc'
except TypeError as e:
    print(type(e).__name__, e)
try:
    None in 'abc'
except TypeError as e:
    print(type(e).__name__, e)
try:
    ['a'] in 'abc'
except TypeError as e:
    print(type(e).__name__, e)
vowels = 'aeiou'
print([c for c in 'programming' if c in vowels])
print(sum(1 for c in 'mississippi' if c in 'sp'))
