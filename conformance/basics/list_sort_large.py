# Sorting larger inputs: pseudo-random, presorted, reversed, organ-pipe, many duplicates, stability.
seed = 2024
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return seed >> 33 if n is None else (seed >> 33) % n
data = [rnd(1000) for _ in range(3000)]
s = sorted(data)
print(s[:10], s[-10:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
patterns = {
    'sorted': list(range(2000)),
    'reversed': list(range(2000, 0, -1)),
    'organ': list(range(1000)) + list(range(1000, 0, -1)),
    'dups': [i % 7 for i in range(2000)],
    'sawtooth': [i % 100 for i in range(2000)],
    'runs': sum(([j + k for k in range(50)] for j in range(40, 0, -1)), []),
}
for name, p in patterns.items():
    q = sorted(p)
    print(name, len(q), q[:3], q[-3:], all(q[i] <= q[i + 1] for i in range(len(q) - 1)))
records = [(rnd(10), i) for i in range(2000)]
by_key = sorted(records, key=lambda r: r[0])
stable = all(by_key[i][1] < by_key[i + 1][1] for i in range(len(by_key) - 1) if by_key[i][0] == by_key[i + 1][0])
print('stable', stable, by_key[:3], by_key[-2:])
rev = sorted(records, key=lambda r: r[0], reverse=True)
print('stable reverse', all(rev[i][1] < rev[i + 1][1] for i in range(len(rev) - 1) if rev[i][0] == rev[i + 1][0]))
floats = [rnd(None) / 7.0 - 1e8 for _ in range(1000)]
fs = sorted(floats)
print(fs[0], fs[-1], sorted(fs, reverse=True)[0] == fs[-1])
