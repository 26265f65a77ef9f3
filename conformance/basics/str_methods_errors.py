# Errors raised by str methods: wrong argument types/counts, not found, bad values.
calls = [
    lambda: 'abc'.index('z'), lambda: 'abc'.rindex('z'), lambda: ','.join([1, 2]),
    lambda: 'a'.split(''), lambda: 'a'.center(), lambda: 'a'.center(3, 'xy'),
    lambda: 'a'.replace(1, 2), lambda: 'a'.startswith(5), lambda: 'a'.zfill('3'),
    lambda: 'a'.count(), lambda: 'a'.upper(1), lambda: 'a'.encode(5),
    lambda: 'a'.expandtabs('4'), lambda: 'a'.partition(''), lambda: 'a'.ljust(2, ''),
    lambda: 'a'.strip(1), lambda: 'a'.removeprefix(1), lambda: 'a'.find(),
    lambda: str.upper(5), lambda: 'a'.splitlines('x'), lambda: 'a'.translate(5),
    lambda: 'x'.join(), lambda: 'abc'.nosuchmethod(), lambda: 'a'.format_map(5),
    lambda: 'a'.isdigit(1), lambda: 'a'.title('x'), lambda: 'a'.endswith(),
]
for i, call in enumerate(calls):
    try:
        print(i, call())
    except (TypeError, ValueError, AttributeError) as e:
        print(i, type(e).__name__, e)
