# f-strings built in loops and comprehensions: tables, progress bars, padded counters.
for i in range(0, 101, 25):
    bar = '#' * (i // 10)
    print(f'{i:3d}% [{bar:<10}]')
print(', '.join(f'{k}={v}' for k, v in {'a': 1, 'b': 2}.items()))
rows = [(n, n * n, n ** 3) for n in range(1, 6)]
print('\n'.join(f'{a:>2} {b:>3} {c:>4}' for a, b, c in rows))
print([f'{i:03}' for i in (1, 22, 333, 4444)])
total = 0
for i, w in enumerate(['alpha', 'beta', 'gamma'], 1):
    total += len(w)
    print(f'{i}. {w.title():<6} running total={total:>3}')
