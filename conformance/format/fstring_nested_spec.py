# Nested replacement fields inside format specs: width, precision, fill, align, type.
x = 3.14159265
for w in (8, 10, 12):
    for p in (1, 3):
        print(f'[{x:{w}.{p}f}]')
fill, align, width = '*', '^', 11
print(f'[{"mid":{fill}{align}{width}}]')
for t in 'bdox':
    print(f'{255:{t}}', f'{255:#{t}}', f'{255:>10{t}}')
spec = '>+12,.3f'
print(f'[{1234567.891:{spec}}]')
n = 5
print(f'[{"x":{n}}]', f'[{"x":>{n * 2}}]', f'[{42:0{n}d}]', f'[{42:{"0"}{n}}]')
widths = [3, 6, 9]
print(' '.join(f'{i:>{w}}' for i, w in zip(range(3), widths)))
prec = 4
print(f'{1 / 3:.{prec}}', f'{1 / 3:.{prec}e}', f'{1 / 3:.{prec}%}', f'{1 / 3:.{prec}g}')
print(f'{"abcdef":.{prec}}', f'{"abcdef":>{prec + 4}.{prec - 2}}')
