# Escaped braces in f-strings and format strings, mixed with fields.
n = 7
print(f'{{}}', f'{{n}}', f'{{{n}}}', f'{{{{n}}}}', f'{{ {n} }}')
print(f'{{"key": {n}}}', f'set: {{{n}, {n + 1}}}', f'}}{{', f'{n}}}')
print('{{}}'.format(), '{{{}}}'.format(n), '{{{0}}} {{0}}'.format(n))
print('%s {braces} %%' % 'pct', '{}%'.format(50))
print(f'{"{"}', f'{"}"}', f'{"{}"}', '{0}{{}}{1}'.format('a', 'b'))
json_like = f'{{"name": "{"Ann"}", "age": {30}}}'
print(json_like)
