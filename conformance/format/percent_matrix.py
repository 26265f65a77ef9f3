# Systematic %-format flag and conversion combinations across ints and floats.
convs = ['d', 'i', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G', 's', 'r']
flags = ['', '-', '+', ' ', '0', '#', '-+', '+0', '#0', '- ']
for v in [0, 17, -17, 2.5, -0.000125]:
    for c in convs:
        if c in 'doxXi' and isinstance(v, float) and c in 'oxX':
            continue
        cells = []
        for f in flags:
            try:
                cells.append(('%' + f + '9' + ('.3' if c in 'eEfFgG' else '') + c) % v)
            except (TypeError, ValueError) as e:
                cells.append('ERR')
        print(repr(v), c, '|'.join(cells))
