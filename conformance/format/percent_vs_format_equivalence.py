# Equivalent %-format and format() specs produce identical text for many values.
pairs = [('%5d', '5d'), ('%-5d', '<5d'), ('%05d', '05d'), ('%+d', '+d'), ('%x', 'x'), ('%#x', '#x'),
         ('%.2f', '.2f'), ('%10.3f', '10.3f'), ('%e', 'e'), ('%.3g', '.3g'), ('%g', 'g'), ('%o', 'o')]
for v in [0, 7, -42, 255, 123456]:
    same = []
    for pfmt, spec in pairs:
        a = pfmt % v
        b = format(v if spec[-1] in 'dxo' else float(v), spec)
        same.append(a == b)
    print(v, all(same), same.count(False))
print('%#o' % 8, format(8, '#o'), '%.0e' % 5, format(5.0, '.0e'), '%r' % 0.1, repr(0.1))
