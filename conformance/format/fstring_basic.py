# f-string basics: names, expressions, calls, indexing, nested quotes, adjacent literals.
name = 'World'
n = 42
items = ['a', 'b', 'c']
d = {'key': 'value', 'n': 3}
print(f'Hello, {name}!')
print(f'{n} + 1 = {n + 1}', f'{n * 2}', f'{n // 5}', f'{n / 8}')
print(f'{items[0]}{items[-1]}', f'{len(items)} items', f"{d['key']}", f'{d["n"] * 2}')
print(f'{name.upper()} {name.lower()!r} {name[::-1]}')
print(f'{1 if n > 10 else 0}', f'{(lambda x: x * 2)(21)}', f'{[i * i for i in range(4)]}')
print(f'{None} {True} {3.5} {[1, (2,)]} {{}} {{"a"}}')
print(f'abc' f'{n}' 'plain' f'{name}')
print(F'upper F {n}', rf'raw \n {n}', fr'{name}\t')
print(f'{n}{n}{n}', f'{"nested quotes"}', f'''{'triple'}''', f"""{"x" + 'y'}""")
print(f'', repr(f''), f'{""}', len(f'{n:>10}'))
x, y = 3, 4
print(f'{x}*{y}={x * y}', f'{x == 3}', f'{x < y < 5}', f'{not x}')
print(f'{3.14159:.2f} {n:05d} {name:>8} {name:*^11}')
print(f'{"é"} {"日本"!r} {"🙂"!a}')
s = 'a\tb'
print(f'{s!r}', f'{s}', f'[{s!s}]')
print(f'{n:{"x"}}', f'{2 ** 100}', f'{-0.0}', f'{1e100}')
