# Unpacking error messages for different source types and star positions.
sources = [(), (1,), (1, 2, 3), [1, 2, 3, 4], 'ab', 'abcd', {1: 2}, range(5), iter([1]), None, 3.5]
for s in sources:
    try:
        a, b, c = s
        print('ok', a, b, c)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for s in [(), (1,), 'a']:
    try:
        a, b, *rest, c = s
    except ValueError as e:
        print(type(e).__name__, e)
