# Program: word frequencies with dicts, top-N with tie-breaks, bigrams, line stats.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
def words_of(s):
    out = []
    for raw in s.lower().split():
        w = raw.strip('.,;:!?"\'')
        if w:
            out.append(w)
    return out
words = words_of(text)
print(len(words), len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, c in top:
    print(f'{w:>10} {c:3d} ' + '#' * c)
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
by_len = {}
for w in sorted(set(words)):
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, by_len[n])
lines = text.splitlines()
print([len(l.split()) for l in lines], max(lines, key=len)[:20])
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(''.join(sorted(letters, key=lambda c: (-letters[c], c)))[:10])
