# Program: render rows as an aligned text table with computed column widths and totals.
rows = [
    {'name': 'Widget', 'qty': 12, 'price': 3.5},
    {'name': 'Gadget extra long', 'qty': 3, 'price': 129.99},
    {'name': 'Doohickey', 'qty': 100, 'price': 0.05},
    {'name': 'Ünïcode thing', 'qty': 7, 'price': 12.0},
]
cols = ['name', 'qty', 'price', 'total']
for r in rows:
    r['total'] = r['qty'] * r['price']
def fmt(col, v):
    if col in ('price', 'total'):
        return f'{v:,.2f}'
    return str(v)
widths = {c: max(len(c), *(len(fmt(c, r[c])) for r in rows)) for c in cols}
def line(ch='-', joint='+'):
    return joint + joint.join(ch * (widths[c] + 2) for c in cols) + joint
print(line())
print('| ' + ' | '.join(c.upper().center(widths[c]) for c in cols) + ' |')
print(line('='))
for r in sorted(rows, key=lambda r: -r['total']):
    cells = []
    for c in cols:
        text = fmt(c, r[c])
        cells.append(text.ljust(widths[c]) if c == 'name' else text.rjust(widths[c]))
    print('| ' + ' | '.join(cells) + ' |')
print(line())
grand = sum(r['total'] for r in rows)
print(f"| {'TOTAL':<{widths['name']}} | {sum(r['qty'] for r in rows):>{widths['qty']}} | "
      f"{'':>{widths['price']}} | {grand:>{widths['total']},.2f} |")
print(line())
