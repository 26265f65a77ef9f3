# ValueError messages from int(): literal echo with repr, base shown, whitespace kept.
for s in ['x', '', '  ', '1.0', '12abc', ' 4 5 ', '0x1F', '1e3', 'one', '١٢٣x', "it's", 'a\nb',
          '9' * 50 + 'x']:
    try:
        int(s)
    except ValueError as e:
        print(type(e).__name__, e)
for s, b in [('12', 2), ('z', 35), ('8', 8), ('g', 16), ('0b12', 0), ('0o9', 8)]:
    try:
        int(s, b)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(b'abc')
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('5', 99)
except ValueError as e:
    print(type(e).__name__, e)
