# Systematic format-spec combinations for ints: align x sign x alt x zero x grouping x type.
vals = [0, 42, -42, 123456789]
aligns = ['', '<', '>', '^', '=', '*^']
signs = ['', '+', ' ']
types = ['', 'd', 'x', 'b', 'o', 'n', 'e', '%']
for v in vals:
    for t in types:
        row = []
        for a in aligns:
            for s in signs:
                spec = f'{a}{s}12{"," if t in ("", "d", "e", "%") else ""}{t}'
                try:
                    row.append(f'{v:{spec}}')
                except ValueError as e:
                    row.append('ERR')
        print(f'{v:>10} {t!r:4}', '|'.join(row))
for spec in ['#x', '#012x', '#_b', '0=10', '+#o', ' #X', '08_d', '-08,d']:
    print(spec, [format(v, spec) for v in vals])
