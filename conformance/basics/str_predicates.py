# is* predicates on ASCII strings, including empty strings (always False except isascii).
tests = ['', 'abc', 'ABC', 'Abc', 'abc123', '123', '12.5', ' ', ' \t\n', 'a b', '_id',
         'id1', '1id', 'Hello World', 'x!', '0x1F', '\x00', '\x7f', 'MiXeD']
names = ['isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower',
         'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper']
print(' '.join(n[2:6] for n in names))
for t in tests:
    flags = ''.join('T' if getattr(t, n)() else '.' for n in names)
    print(flags, repr(t))
print('class'.isidentifier(), 'None'.isidentifier(), 'a-b'.isidentifier())
print('ABC1'.isupper(), '1'.isupper(), 'abc1'.islower(), '1'.islower())
