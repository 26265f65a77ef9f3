# format()/f-strings of non-numeric builtins: empty spec uses str(); other specs are TypeErrors.
vals = [[1, 2], (3,), {'a': 1}, {4}, frozenset(), range(3), None, b'x', slice(1), ..., len]
for v in vals[:-1]:
    print(repr(f'{v}'), repr(format(v)), repr(format(v, '')))
for v in vals:
    try:
        format(v, '>10')
    except TypeError as e:
        print(type(e).__name__, e)
print(f'{[1, 2]!s:>10}|', f'{(3,)!r:^9}|', f'{None!s:*<6}|')
