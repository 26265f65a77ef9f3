# f-strings nested in f-strings (different quote styles), and format() in fields.
x = 5
print(f"{f'{x}'}", f'{f"{x:>3}"}', f'''{f"{f'{x}'}"}''')
width = 6
print(f"[{f'{x:0{width}}':>10}]")
items = ['a', 'b']
print(f"{', '.join(f'<{i}>' for i in items)}")
print(f"{format(x, '04d')} {format(3.5, '.3f')} {format('s', '^5')}|")
print(f'{str(f"{x}" * 3)}', f'{len(f"{x:>20}")}')
