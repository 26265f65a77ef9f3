# str.title and istitle: word boundaries are any non-letters, apostrophes included.
for s in ["hello world", "they're bill's friends", "HELLO", "a1b2c3", "x-ray vision",
          "o'neil mcdonald", "élan vital", "123abc", "already Title Case", "  spaced  out ",
          "ǆemal", "ﬁsh", "tab\tseparated\nlines", ""]:
    print(repr(s.title()), s.title().istitle(), s.istitle())
print('Hello World'.istitle(), 'Hello world'.istitle(), 'HELLO'.istitle(), '123'.istitle())
print('A1B'.istitle(), 'A1b'.istitle(), 'Aa Bb'.istitle(), ''.istitle(), 'A'.istitle())
