# Program: unit conversion through a base unit table, with parse errors and formatting.
UNITS = {'mm': ('length', 0.001), 'cm': ('length', 0.01), 'm': ('length', 1.0), 'km': ('length', 1000.0),
         'in': ('length', 0.0254), 'ft': ('length', 0.3048), 'mi': ('length', 1609.344),
         'g': ('mass', 0.001), 'kg': ('mass', 1.0), 'lb': ('mass', 0.45359237), 'oz': ('mass', 0.028349523125)}
def convert(query):
    parts = query.split()
    if len(parts) != 4 or parts[2] != 'to':
        raise ValueError(f'cannot parse {query!r}')
    amount, src, _, dst = parts
    value = float(amount)
    if src not in UNITS or dst not in UNITS:
        raise KeyError(src if src not in UNITS else dst)
    (k1, f1), (k2, f2) = UNITS[src], UNITS[dst]
    if k1 != k2:
        raise TypeError(f'cannot convert {k1} to {k2}')
    return value * f1 / f2
for q in ['5 km to mi', '12 in to cm', '1 mi to ft', '3.5 lb to kg', '100 g to oz', '1 m to m',
          '2 kg to m', 'five m to cm', '1 parsec to m', '1 m in cm']:
    try:
        r = convert(q)
        print(f'{q:15} = {r:.6g}')
    except (ValueError, KeyError, TypeError) as e:
        print(f'{q:15} ! {type(e).__name__}: {e}')
