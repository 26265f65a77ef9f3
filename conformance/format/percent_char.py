# %c with ints and one-character strings; range and length errors.
print('%c%c%c' % (72, 105, 33), '%c' % 'x', '%c' % 233, '%c' % 0x1F642, '[%3c]' % 'a', '[%-3c]' % 65)
for bad in [-1, 0x110000, 'ab', '', 1.5, None]:
    try:
        print('%c' % bad)
    except (OverflowError, TypeError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
