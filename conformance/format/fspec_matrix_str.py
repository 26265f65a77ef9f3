# Systematic format-spec combinations for strings: fill x align x width x precision.
vals = ['', 'a', 'abc', 'héllo', '日本語テキスト']
for v in vals:
    cells = []
    for fill in ['', '*', '0']:
        for align in ['<', '>', '^']:
            for width in ['', '1', '7']:
                for prec in ['', '.2']:
                    spec = fill + align + width + prec
                    cells.append(f'{v:{spec}}')
    print(repr(v), '|'.join(cells))
print([format('x', s) for s in ['', 's', '<', '3', '.0', '03', '>03', 'x>3', '\u2605^5']])
