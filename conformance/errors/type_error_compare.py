# "'<' not supported between instances of" for every ordering operator and type pair.
pairs = [(1, 'a'), ('a', 1), (None, 0), ([1], (1,)), ({}, {}), ({1}, [1]), (1.5, None), (b'a', 'a')]
for a, b in pairs:
    for name, f in [('<', lambda x, y: x < y), ('<=', lambda x, y: x <= y),
                    ('>', lambda x, y: x > y), ('>=', lambda x, y: x >= y)]:
        try:
            print(repr(a), name, repr(b), f(a, b))
        except TypeError as e:
            print(e)
print(1 == 'a', None != 0, [1] == (1,), {} == [])
