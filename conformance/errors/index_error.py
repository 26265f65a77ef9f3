# IndexError messages differ by type: list, tuple, str, range, bytes; assignment variant.
for seq in [[1], (1,), 'a', range(1), b'a']:
    for i in [1, -2]:
        try:
            seq[i]
        except IndexError as e:
            print(type(seq).__name__, i, type(e).__name__, e)
lst = [1, 2]
try:
    lst[5] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    del lst[-3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    [][0]
except IndexError as e:
    print(type(e).__name__, e)
try:
    ''[0]
except IndexError as e:
    print(type(e).__name__, e)
try:
    ()[-1]
except IndexError as e:
    print(type(e).__name__, e)
print(issubclass(IndexError, LookupError), lst[-2], 'ab'[-2])
def get(seq, i, default=None):
    try:
        return seq[i]
    except IndexError:
        return default
print(get([1, 2], 5, 'default'), get('xy', 1), get((), 0))
