# Self-documenting f-strings with '=': spacing is preserved, repr by default, spec or conversion.
x = 10
name = 'Ann'
items = [1, 2]
print(f'{x=}', f'{x = }', f'{x= }', f'{x =}')
print(f'{name=}', f'{name=!s}', f'{name=!a}', f'{name=:>6}')
print(f'{x * 2 + 1=}', f'{items[0]=}', f'{len(items)=}', f'{name.upper()=}')
pi = 3.14159
print(f'{pi=:.2f}', f'{pi=!r:>12}', f'{x=:#x}', f'{x=:08b}')
print(f'{None=}', f'{"lit"=}', f'{1 + 1 = }', f'{ x = }')
d = {'k': 'v'}
print(f"{d['k']=}", f'{d=}', f'{[i for i in range(3)]=}')
