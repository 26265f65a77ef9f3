# str.format_map uses the mapping directly: no copying, missing keys raise KeyError.
values = {'who': 'world', 'n': 3}
print('hello {who} x{n}'.format_map(values))
print('{who!r:>10}|{n:03d}'.format_map(values))
nested = {'user': {'name': 'Ann', 'langs': ['py', 'c']}}
print('{user[name]} knows {user[langs][1]}'.format_map(nested))
try:
    '{absent}'.format_map(values)
except KeyError as e:
    print(type(e).__name__, e)
try:
    '{0}'.format_map(values)
except (KeyError, ValueError) as e:
    print(type(e).__name__, e)
try:
    '{}'.format_map(values)
except ValueError as e:
    print(type(e).__name__, e)
try:
    '{x}'.format_map(['not', 'a', 'mapping'])
except TypeError as e:
    print(type(e).__name__, e)
