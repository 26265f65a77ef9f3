# Program: deterministic bank-queue simulation with multiple tellers and statistics.
arrivals = [(0, 5), (1, 3), (2, 8), (3, 2), (5, 4), (6, 1), (8, 6), (9, 3), (15, 2), (16, 7)]
def simulate(n_tellers):
    free_at = [0] * n_tellers
    waits, log = [], []
    for t, service in arrivals:
        k = min(range(n_tellers), key=lambda i: (free_at[i], i))
        start = max(t, free_at[k])
        waits.append(start - t)
        free_at[k] = start + service
        log.append((t, k, start, free_at[k]))
    return waits, log, max(free_at)
for n in (1, 2, 3):
    waits, log, end = simulate(n)
    print(f'tellers={n} total_wait={sum(waits)} max_wait={max(waits)} avg={sum(waits) / len(waits):.2f} end={end}')
    if n == 2:
        for entry in log:
            print('  arrive=%2d teller=%d start=%2d done=%2d' % entry)
