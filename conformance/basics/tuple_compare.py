# Tuple comparison: lexicographic, shorter prefix is smaller, used as sort keys.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 99), (1, 2) == (1, 2))
print((1, 'a') < (1, 'b'), (0, 'z') < (1, 'a'), (1, 2.0) == (1, 2), ('a', 1) <= ('a', 1))
print(sorted([(2, 'b'), (1, 'c'), (2, 'a'), (1, 'a')]))
print(max([(1, 'z'), (2, 'a')]), min((3, 1), (3, 0, 5)))
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print((1, 'a') < (2, 2))
try:
    (1, 2) < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
print((1, 2) == [1, 2], (None,) == (None,), ((),) > ())
