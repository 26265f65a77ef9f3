# ascii(): like repr but escapes every non-ASCII character with \x, \u or \U.
for v in ['abc', 'é', '日本', '🙂', "it's", '\n\t', '\x7f', 'ÿ', '\u0100', '\U00010000']:
    print(ascii(v), repr(v) == ascii(v))
print(ascii(1), ascii(1.5), ascii(None), ascii(True), ascii(b'\xff'), ascii([1, 'é']))
print(ascii(('ü',)), ascii({'ñ': 'ö'}), ascii({'ß'}), ascii(ValueError('é')))
print(len(ascii('🙂')), len(ascii('é')), len(ascii('日')))
