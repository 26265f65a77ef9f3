# tuple.count and tuple.index, with ranges and errors.
t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(9), t.count(1.0), (True, 1, 1.0).count(1))
print(t.index(2), t.index(2, 2), t.index(1, 1), t.index(2, -2), t.index(3, 0, 3))
for args in [(9,), (3, 3), (1, 1, 4)]:
    try:
        print(t.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    t.count()
except TypeError as e:
    print(type(e).__name__, e)
print(((1, 2), [3]).index([3]), ((1, 2), [3]).count((1, 2)))
