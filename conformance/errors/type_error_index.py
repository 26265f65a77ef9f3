# Index type errors: "X indices must be integers or slices, not Y" for each sequence type.
for seq in [[1, 2], (1, 2), 'ab', b'ab', range(2)]:
    for idx in ['0', 1.0, None, [0]]:
        try:
            seq[idx]
        except TypeError as e:
            print(type(seq).__name__, type(e).__name__, e)
try:
    [1, 2][1:'x']
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'[None:1.5]
except TypeError as e:
    print(type(e).__name__, e)
