# reversed: on sequences, ranges, dicts and dict views; errors for sets and iterators.
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(3))))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())), list(reversed(b'ab')))
print(''.join(reversed('hello')), list(reversed([])), type(reversed([])).__name__)
lst = [1, 2, 3]
r = reversed(lst)
lst.append(4)
print(list(r))
lst = [1, 2, 3]
r = reversed(lst)
print(next(r))
lst.clear()
print(list(r))
for bad in [{1, 2}, iter([1]), 5, (x for x in [])]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
