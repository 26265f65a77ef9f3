# Dictionary-heavy benchmark: counting, inverting and merging many keys
counts = {}
for i in range(200000):
    k = (i * 7919) % 10007
    counts[k] = counts.get(k, 0) + 1
print(len(counts), max(counts.values()), min(counts.values()), sum(counts.values()))
inverse = {}
for k, v in counts.items():
    inverse.setdefault(v, []).append(k)
print(sorted((v, len(ks)) for v, ks in inverse.items()))
words = {}
for i in range(50000):
    w = "w" + str(i % 5000)
    words[w] = words.get(w, 0) + i
print(len(words), words["w0"], words["w4999"])
squares = {i: i * i for i in range(100000)}
print(sum(squares[i] for i in range(0, 100000, 1000)))
for i in range(0, 100000, 2):
    del squares[i]
print(len(squares), next(iter(squares)), list(squares)[-1])
tup_keys = {}
for x in range(300):
    for y in range(300):
        tup_keys[(x, y)] = x ^ y
print(len(tup_keys), tup_keys[(123, 45)], sum(1 for v in tup_keys.values() if v == 0))
merged = {**{i: "a" for i in range(1000)}, **{i: "b" for i in range(500, 1500)}}
print(len(merged), merged[499], merged[500], list(merged.values()).count("b"))
