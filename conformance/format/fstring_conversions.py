# f-string conversions !s !r !a on strings, numbers, containers, and combined with specs.
vals = ['text', "it's", 'é', 5, 2.5, None, [1, 'x'], {'k': 'ü'}, b'b', (1,), '\n']
for v in vals:
    print(f'{v!s} | {v!r} | {v!a}')
s = 'pad'
print(f'[{s!r:>10}] [{s!s:<6}] [{s!a:^9}]')
print(f'[{5!r:>4}] [{2.5!s:*<6}]')
print(f'{"é"!a:>10}', f'{[1]!r:_^9}')
try:
    f'{5!r:d}'
except ValueError as e:
    print(type(e).__name__, e)
