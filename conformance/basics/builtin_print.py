# print(): sep, end, multiple args, no args, None for sep/end, non-str values via str().
print()
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', 'c', sep=', ')
print('a', 'b', sep='\n')
print('no newline', end='')
print(' <- same line')
print('x', end='!\n')
print(1, 2.0, None, True, [1], (2,), {'k': 3}, sep='|')
print('sep None', 'uses space', sep=None)
print('end None', end=None)
print(*range(5))
print(*[], sep='-')
print('', '', sep='+')
print('multi\nline', 'arg')
print('tab\tsep', repr('tab\t'))
print(end='')
print('a', end='')
print('b', end='')
print()
print('é', '日本', '🙂', sep='·')
try:
    print('x', sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('x', end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('x', bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
