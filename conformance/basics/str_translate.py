# str.translate with dict tables: int->str, int->int, int->None, missing keys, errors.
print('hello'.translate({ord('l'): 'L'}))
print('hello'.translate({ord('l'): None, ord('o'): '0'}))
print('abc'.translate({97: 98, 98: 99, 99: 'xyz'}))
print('abc'.translate({}), ''.translate({97: 'x'}))
print('héllo'.translate({ord('é'): 'e'}), 'a-b_c'.translate({ord('-'): ' ', ord('_'): ' '}))
rot13 = {}
for i in range(26):
    rot13[ord('a') + i] = ord('a') + (i + 13) % 26
    rot13[ord('A') + i] = ord('A') + (i + 13) % 26
print('Hello, World!'.translate(rot13), 'Hello, World!'.translate(rot13).translate(rot13))
print('aaa'.translate({ord('a'): 'bb'}), 'x'.translate({ord('x'): ''}))
try:
    'abc'.translate({97: 1.5})
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.translate({97: 0x110000})
except ValueError as e:
    print(type(e).__name__, e)
print('abc'.translate({'a': 'z'}))
