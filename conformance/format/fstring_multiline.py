# Multi-line and triple-quoted f-strings, implicit concatenation, and newlines in output.
name = 'Ann'
score = 93.456
report = (f'Name: {name}\n'
          f'Score: {score:.1f}\n'
          f'Grade: {"A" if score >= 90 else "B"}')
print(report)
block = f'''
  user={name!r}
  score={score:>8.2f}
'''
print(repr(block))
print(f"""{name}
{score:.0f}""")
rows = [('x', 1), ('yy', 22)]
table = '\n'.join(f'{k:<4}|{v:>4}' for k, v in rows)
print(table)
print(f'{name}' '\t' f'{score:.0f}' r'\n')
