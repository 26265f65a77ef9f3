# bench: dict-heavy work: word counting, grouping into dicts of lists, lookups and updates.
words = []
seed = 7
for _ in range(200000):
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    words.append('w' + str(seed % 5000))
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
groups = {}
for w, c in counts.items():
    groups.setdefault(c % 17, []).append(w)
hits = 0
for i in range(100000):
    if ('w' + str(i)) in counts:
        hits += 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(len(counts), len(groups), hits, top)
