# Word frequency count of a text passage with punctuation stripping
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we
were all going direct the other way -- in short, the period was so far like
the present period, that some of its noisiest authorities insisted on its
being received, for good or for evil, in the superlative degree of comparison only."""

punct = ",.;:-!?'\""
counts = {}
for raw in text.split():
    w = raw.strip(punct).lower()
    if w:
        counts[w] = counts.get(w, 0) + 1

top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:12]
width = max(len(w) for w, _ in top)
for w, c in top:
    print(f"{w:<{width}} {c:>3} {'#' * c}")
print("unique words:", len(counts))
print("total words:", sum(counts.values()))
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for L in sorted(by_len):
    print(L, sorted(by_len[L])[:6])
print("longest:", max(counts, key=lambda w: (len(w), w)))
hapax = sorted(w for w, c in counts.items() if c == 1)
print(len(hapax), "hapax legomena, e.g.", hapax[:8])
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c))))
