# Whitespace inside f-string braces: around expressions, before conversions and specs.
x = 42
name = 'ann'
print(f'{ x }', f'{x }', f'{ x}', f'{  x  + 1  }')
print(f'{ x :>6}|', f'{name !r}', f'{ name!r:>8}|', f'{ name.upper() = }')
print(f'{ [ 1 , 2 ] }', f'{ { "k" : 1 } }', f'{ ( 1 , ) }')
print(f'''{
x
}''', f'''{x
:>4}|''')
