# Raw string literals: backslashes kept, quotes still need escaping, raw bytes and f-strings.
print(r'\n', len(r'\n'), r'C:\path\to\file', r'\x41', r'\u00e9', len(r'\u00e9'))
print(r'a\'b', len(r'a\'b'), r"\"", R'upper R', rb'\x00' == b'\\x00', Br'\n')
print(repr(r'\d+\.\d*'), r'\\', len(r'\\'))
print(r'''multi
line\n''')
x = 5
print(rf'\t{x}', fr'{x}\n', Rf'{x * 2}\\')
print(r'' == '', r'ab' == 'ab', r'\N{BULLET}')
