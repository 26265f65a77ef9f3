# min/max: iterables or several args, key, default, ties return the first, errors.
print(max(3, 1, 2), min(3, 1, 2), max([3, 1, 2]), min('hello'), max('abc', 'abd'), max([[1], [0, 5]]))
print(max([1, 2, 3], key=lambda x: -x), min(['aa', 'b', 'cc'], key=len), max(['aa', 'b', 'cc'], key=len))
print(max([], default='empty'), min((), default=None), max([5], default=0), min([1, 2], key=None))
print(max([(1, 'a'), (1, 'b')]), max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0))
print(max({'a': 3, 'b': 1}), max({'a': 3, 'b': 1}, key={'a': 3, 'b': 1}.get), min(range(5, 0, -1)))
for call in [lambda: max([]), lambda: min(()), lambda: max(), lambda: max(1), lambda: max(1, 2, default=0),
             lambda: max([1, 'a']), lambda: min(1, 2, key=5), lambda: max([1], [2], bogus=1)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
nan = float('nan')
print(max([nan, 1, 2]), max([1, nan, 2]), min([2, nan]), max(x for x in [4, 9, 2]))
print(max('apple', 'banana', key=lambda s: s[-1]), min(-0.0, 0.0), min(0.0, -0.0))
