# is* predicates on non-ASCII characters: digits, numerics, letters, spaces, printability.
chars = ['é', 'ß', 'Σ', 'σ', 'ǅ', '٣', '²', '½', 'Ⅻ', '三', '１', '\u3000', '\xa0', '\u200b',
         '\u2028', '\x85', '🙂', 'ℌ', 'ª', '_', '\u0301', 'ﬁ']
names = ['isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower',
         'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper']
for c in chars:
    flags = ''.join('T' if getattr(c, n)() else '.' for n in names)
    print(flags, ascii(c))
print('ελληνικά'.isalpha(), 'Ελληνικά'.istitle(), 'русский'.islower(), 'ÀÉÎ'.isupper())
print('٣٤٥'.isdecimal(), int('٣٤٥'), '²'.isdigit(), '½'.isnumeric(), '½'.isdigit())
print('vari\u00e1ble'.isidentifier(), '١x'.isidentifier(), 'x١'.isidentifier())
print('\t'.isprintable(), ' '.isprintable(), 'é'.isprintable(), '\x9f'.isprintable())
