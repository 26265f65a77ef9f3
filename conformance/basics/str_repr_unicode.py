# repr/ascii of non-ASCII strings: printable kept by repr, escaped by ascii(), by code point size.
for t in ['é', 'naïve', '日本', '🙂', '\xa0', '\u00ad', '\u2000', '\u3000', '\u0378', '\ue000',
          '\U0010ffff', '\u0301', 'a\u0301', '\U0001d400', 'Ω', '\x85', '\u061c', '\u200e']:
    print(repr(t), ascii(t))
print(ascii('plain'), ascii("it's"), ascii('\n'), ascii(['é', 1]), ascii({'ü': 'ö'}))
print(repr(['日本', '\x00']), ascii(('日本',)))
