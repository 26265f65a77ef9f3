# Colons and brackets inside f-string expressions: dict keys, slices in brackets, lambdas in parens.
d = {'a:b': 1, 'k': [10, 20, 30]}
print(f'{d["a:b"]}', f'{d["k"][1:]}', f'{d["k"][::-1]!r:>14}|')
s = 'abcdef'
print(f'{s[1:4]}', f'{s[::2]:>6}', f'{(lambda x: x * 2)(s[:2])}')
print(f'{"x" if s else "y":>3}|', f'{ {"k": 1}["k"] }', f'{[s[i:i + 2] for i in range(0, 6, 2)]}')
t = 12.5
print(f'{t if t > 10 else 0:.1f}', f'{(t, t)}', f'{ (t) :>6}|')
