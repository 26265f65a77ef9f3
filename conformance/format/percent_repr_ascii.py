# %r and %a in str formatting: repr() and ascii() of nested and non-ASCII values.
for v in ['plain', "it's", 'é', '日本', '\n', [1, 'é'], {'ü': 1}, None, 2.5, b'\xff', ('t',)]:
    print('%r | %a | %-12r|' % (v, v, v))
