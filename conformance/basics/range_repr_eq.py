# range repr and equality: equal if they produce the same sequence.
print(range(5), range(1, 5), range(1, 5, 2), repr(range(0, -5, -1)), str(range(3)))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 10, 5) == range(0, 6, 5))
print(range(1, 2, 10) == range(1, 5, 100), range(3) == [0, 1, 2], range(3) != range(4))
print(list(range(3)) == [0, 1, 2], hash(range(0, 3)) == hash(range(3)))
d = {range(3): 'r'}
print(d[range(0, 3, 1)])
try:
    range(3) < range(4)
except TypeError as e:
    print(type(e).__name__, e)
