# Dict equality ignores order, compares values, int/float keys unify; no ordering comparisons.
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} == {'a': 1.0}, {1: 'x'} == {1.0: 'x'})
print({'a': [1]} == {'a': [1]}, {'a': 1} != {'a': 2}, {} == {}, {'a': 1} == {'a': 1, 'b': 2})
print({'a': 1} == [('a', 1)], {'a': 1}.items() == {('a', 1)})
try:
    {'a': 1} < {'a': 2}
except TypeError as e:
    print(type(e).__name__, e)
nan = float('nan')
print({'k': nan} == {'k': nan}, {'k': float('nan')} == {'k': float('nan')})
d1 = {i: str(i) for i in range(10)}
d2 = {i: str(i) for i in reversed(range(10))}
print(d1 == d2, list(d1) == list(d2))
