# Tuple concatenation and repetition; errors when mixing with lists.
print((1, 2) + (3,), () + (), (1,) * 3, 2 * ('a', 'b'), (1, 2) * 0, (1,) * -1)
t = (1,)
t = t + t
t = t * 2
print(t, len(t))
try:
    (1, 2) + [3]
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, 2) * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1,) + 1
except TypeError as e:
    print(type(e).__name__, e)
print(tuple([1]) + (2,), (1, 2) + tuple('ab'))
nested = ((0,) * 2,) * 2
print(nested, nested[0] is nested[1])
