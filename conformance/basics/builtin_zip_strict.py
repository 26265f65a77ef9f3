# zip(strict=True): ValueError naming which argument was shorter or longer.
print(list(zip([1, 2], 'ab', strict=True)), list(zip(strict=True)))
for args in [([1, 2, 3], 'ab'), ([1], 'ab'), ([1, 2], 'ab', [0]), ([1, 2], 'ab', [0, 1, 2]),
             ([], [1]), ([1], [], [])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
out = []
try:
    for a, b in zip(range(5), 'abc', strict=True):
        out.append(a)
except ValueError as e:
    print(out, type(e).__name__, e)
print(list(zip([1], [2], strict=False)))
