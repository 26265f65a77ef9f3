# Exceptions raised by key functions and callbacks inside builtins propagate unchanged.
def bad_key(x):
    if x == 3:
        raise ValueError(f'cannot key {x}')
    return -x
for f in [lambda: sorted([1, 2, 3, 4], key=bad_key), lambda: max([1, 3], key=bad_key),
          lambda: min([3], key=bad_key), lambda: list(map(bad_key, [1, 3])),
          lambda: list(filter(bad_key, [3])), lambda: [1, 3].sort(key=bad_key),
          lambda: sum(bad_key(x) for x in [1, 2, 3]), lambda: any(bad_key(x) for x in [3]),
          lambda: dict.fromkeys(map(bad_key, [3])), lambda: ''.join(str(bad_key(x)) for x in [3])]:
    try:
        print(f())
    except ValueError as e:
        print(type(e).__name__, e)
lst = [5, 3, 1]
try:
    lst.sort(key=bad_key)
except ValueError:
    print('list after failed sort keeps its items:', sorted(lst))
def key_type_error(x):
    return x if x != 2 else 'two'
try:
    sorted([1, 2, 3], key=key_type_error)
except TypeError as e:
    print(type(e).__name__, e)
calls = []
def counting_key(x):
    calls.append(x)
    if len(calls) > 2:
        raise RuntimeError('stop after two keys')
    return x
try:
    sorted([9, 8, 7, 6], key=counting_key)
except RuntimeError as e:
    print(e, calls)
