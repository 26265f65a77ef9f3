# Floats inside containers use repr: lists, tuples, dicts, sets; nan/inf/-0.0 included.
vals = [0.1, 1e16, 1e-5, -0.0, float('inf'), float('nan'), 2.0, 1 / 3, 100.0, 1e22]
print(vals)
print(tuple(vals[:4]), {v: i for i, v in enumerate(vals[:3])}, {0.5, 0.25})
print([[0.1 + 0.2], (1.1 * 3,)], str([1.5]), repr((2.5,)), f'{[0.1]}', '%s' % [0.1])
print([round(x, 2) for x in [1.005, 2.675, 0.125]], [x / 4 for x in range(5)])
