# str.format with keyword fields, mixed with positional, **dict unpacking and format_map.
print('{name} is {age}'.format(name='Ann', age=30))
print('{0} {name} {1}'.format('a', 'b', name='N'), '{x}{x}'.format(x='rep'))
person = {'name': 'Bob', 'city': 'Oslo'}
print('{name} from {city}'.format(**person))
print('{name:>8}|{city:*<8}|'.format(**person))
print('{greeting}, {name}!'.format_map({'greeting': 'Hi', 'name': 'Cy'}))
print('{_private} {a1} {ü}'.format(_private=1, a1=2, ü=3))
try:
    '{missing}'.format(present=1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    '{missing}'.format_map({})
except KeyError as e:
    print(type(e).__name__, e)
try:
    '{0} {name}'.format(name='x')
except IndexError as e:
    print(type(e).__name__, e)
print('{a}{b}'.format(b=2, a=1), '{ spaced }'.format(**{' spaced ': 'ok'}))
