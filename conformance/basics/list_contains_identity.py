# Containment and equality check identity first: nan in [nan] is True for the same object.
nan = float('nan')
print(nan in [nan], nan == nan, [nan] == [nan], [nan].count(nan), [nan].index(nan))
print(float('nan') in [float('nan')], (nan,) == (nan,), {nan: 1}.get(nan))
print(nan in (nan,), nan in {nan}, nan in {nan: 0})
a = [1, 2]
print(a in [a], [1, 2] in [a], [[1, 2]].count([1, 2]))
print(1 in [1.0], 1.0 in [True], 'a' in ['a'], None in [None], 0 in [False, None])
x = [nan, 1]
x.remove(nan)
print(x)
