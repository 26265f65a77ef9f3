# Case methods: upper, lower, capitalize, swapcase, casefold, incl. special unicode cases.
words = ['hello World', 'ÉCOLE', 'straße', 'ǅungla', 'İstanbul', 'ﬁle', 'ΣΑΣ', 'mIxEd 123 !?', '']
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.capitalize()), repr(w.swapcase()),
          repr(w.casefold()))
print('ß'.upper(), len('ß'.upper()), 'ß'.casefold(), 'ß'.lower())
print('ΣΑΣ ΣΑΣ'.lower(), 'aΣ'.lower(), 'Σ'.lower())
print('hELLO'.capitalize(), '123abc'.capitalize(), ' lead'.capitalize())
print('ABC'.lower() == 'abc', 'Straße'.casefold() == 'STRASSE'.casefold())
print('ǆ'.upper(), 'ǆ'.capitalize(), 'ǆ'.title())
print('i̇'.upper(), len('İ'.lower()))
print(str.upper('x'), str.lower('Y'))
