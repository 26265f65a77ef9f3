# repr of str picks quotes: single by default, double if only single quotes appear.
for t in ['abc', "it's", 'say "hi"', 'both \' and "', "'", '"', '\'"\'', "'''", '"""', '',
          "it's \"quoted\"", '\\\'', 'end\\']:
    print(repr(t))
print(repr("can't"), str("can't"), ["can't"], ('"',))
print({"it's": 'x"y'})
print(repr(repr("'")))
