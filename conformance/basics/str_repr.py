# repr of str: escapes for control characters, backslashes, and printable characters.
tests = ['plain', '', 'tab\there', 'new\nline', 'cr\rreturn', 'back\\slash', 'nul\x00',
         'bell\x07', 'esc\x1b', 'del\x7f', '\x80', '\x9f', '\xa0', '\xad', 'é', '\u200b',
         '\u2028', '\ufeff', '\U0001f642', '\udc80', '\U000e0001', 'mixed\t\\\n\x01']
for t in tests:
    print(repr(t), len(repr(t)))
print(repr('\x0b\x0c'), repr('\b'), repr('\a'))
print(str('tab\t'), repr(repr('x')))
print([repr('a')], {'k\n': 'v\t'}, ('\x00',))
print(repr('%s' % 'x'), repr(str(5)), repr(chr(10)), repr(chr(92)))
