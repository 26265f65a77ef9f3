# String literal escape sequences: \n \t \\ \' \" \x \u \U \N{} octal, and unknown escapes.
print(len('\n'), len('\t'), len('\\'), len('\''), len("\""), len('\x41'), len('\u00e9'))
print('\x41\x42', '\101\102', '\u0041', '\U00000041', '\N{BULLET}', '\N{GREEK SMALL LETTER ALPHA}')
print(repr('\0'), repr('\7'), repr('\77'), repr('\177'), repr('\1234'))
print('a\
b')
print('tab:\tend', 'cr-less', 'bell' + repr('\a'), repr('\f'), repr('\v'), repr('\b'))
print(repr('\\d'), len('\\n'), '\\n' == '\\' + 'n')
print('\u00e9' == 'é', '\xe9' == 'é', '\U0001F642' == '🙂', ord('\N{EM DASH}'))
print("'single' inside double", '"double" inside single', 'it\'s', "say \"hi\"")
print(repr('\x00\x01\x1f'), repr('\u0000'), '\N{LATIN CAPITAL LETTER A WITH GRAVE}')
print(b'\x41\101\n' == b'AA\n', repr(b'\u00e9'))
