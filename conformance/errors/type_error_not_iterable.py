# "'X' object is not iterable" from for loops, unpacking, builtins and star-args.
for v in [5, 1.5, None, True, len]:
    try:
        for _ in v:
            pass
    except TypeError as e:
        print('for:', e)
try:
    a, b = 5
except TypeError as e:
    print('unpack:', e)
try:
    list(None)
except TypeError as e:
    print('list():', e)
try:
    sum(7)
except TypeError as e:
    print('sum():', e)
try:
    sorted(3.5)
except TypeError as e:
    print('sorted():', e)
try:
    print(*8)
except TypeError as e:
    print('star:', e)
try:
    [x for x in 42]
except TypeError as e:
    print('comprehension:', e)
try:
    set(1)
except TypeError as e:
    print('set():', e)
try:
    'x'.join(5)
except TypeError as e:
    print('join:', e)
try:
    dict(5)
except TypeError as e:
    print('dict():', e)
try:
    1 in 5
except TypeError as e:
    print('in:', e)
try:
    max(5)
except TypeError as e:
    print('max():', e)
