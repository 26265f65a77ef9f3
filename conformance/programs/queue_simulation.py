# Bank queue discrete-event simulation with several tellers, using lists and a fixed arrival table
arrivals = [(0, 5), (1, 3), (2, 8), (3, 2), (5, 4), (6, 6), (8, 1), (9, 7), (12, 3), (13, 2),
            (15, 5), (16, 4), (18, 6), (22, 2), (23, 3)]
def simulate(n_tellers):
    free_at = [0] * n_tellers
    log = []
    for cust, (arrive, service) in enumerate(arrivals):
        t = min(range(n_tellers), key=lambda i: (free_at[i], i))
        start = max(arrive, free_at[t])
        free_at[t] = start + service
        log.append((cust, t, arrive, start, start + service, start - arrive))
    return log

for n in (1, 2, 3):
    log = simulate(n)
    waits = [w for *_, w in log]
    print(f"tellers={n}: avg wait {sum(waits) / len(waits):.2f}, max wait {max(waits)}, "
          f"finish at {max(e for _, _, _, _, e, _ in log)}")
log = simulate(2)
print(f"{'cust':>4} {'tel':>3} {'arr':>3} {'start':>5} {'end':>3} {'wait':>4}")
for row in log:
    print("%4d %3d %3d %5d %3d %4d" % row)
busy = {}
for _, t, _, s, e, _ in log:
    busy[t] = busy.get(t, 0) + e - s
end = max(r[4] for r in log)
for t in sorted(busy):
    print(f"teller {t}: busy {busy[t]}/{end} = {busy[t] / end:.0%}")
