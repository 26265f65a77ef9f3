# Counting patterns with dicts: get, setdefault, comprehension, sorting by count then key.
text = 'she sells sea shells by the sea shore the shells she sells are sea shells'
words = text.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
by_count = {}
for w, c in counts.items():
    by_count.setdefault(c, []).append(w)
print({c: sorted(ws) for c, ws in sorted(by_count.items(), reverse=True)})
first_letter = {}
for w in words:
    first_letter[w[0]] = first_letter.get(w[0], 0) + 1
print(dict(sorted(first_letter.items())))
print(max(counts, key=counts.get), min(counts, key=lambda k: (counts[k], k)))
lengths = {w: len(w) for w in counts}
print(sum(counts[w] * lengths[w] for w in counts) == sum(map(len, words)))
