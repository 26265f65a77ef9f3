# Text statistics: sentences, syllable estimate, readability score, longest words, vowels
text = """The quick brown fox jumps over the lazy dog. It was a bright cold day in April,
and the clocks were striking thirteen! Call me Ishmael? Some years ago, never mind how
long precisely, having little or no money in my purse, I thought I would sail about."""

import string
sentences = [s.strip() for s in text.replace("!", ".").replace("?", ".").split(".") if s.strip()]
words = [w.strip(string.punctuation).lower() for w in text.split()]
words = [w for w in words if w]
def syllables(w):
    vowels = "aeiouy"
    count, prev = 0, False
    for ch in w:
        v = ch in vowels
        if v and not prev:
            count += 1
        prev = v
    if w.endswith("e") and count > 1:
        count -= 1
    return max(count, 1)
total_syl = sum(syllables(w) for w in words)
print("sentences:", len(sentences))
print("words:", len(words))
print("syllables:", total_syl)
fre = 206.835 - 1.015 * (len(words) / len(sentences)) - 84.6 * (total_syl / len(words))
print("Flesch reading ease: %.2f" % fre)
print("avg word length: {:.3f}".format(sum(map(len, words)) / len(words)))
print("longest:", sorted(set(words), key=lambda w: (-len(w), w))[:5])
vowel_counts = {v: sum(w.count(v) for w in words) for v in "aeiou"}
print(vowel_counts)
caps = [w for w in text.split() if w[0].isupper()]
print("capitalised:", caps)
for i, s in enumerate(sentences, 1):
    print(f"{i}. ({len(s.split()):2d} words) {s[:40]}{'...' if len(s) > 40 else ''}")
first_letters = {}
for w in words:
    first_letters.setdefault(w[0], set()).add(w)
print({k: len(v) for k, v in sorted(first_letters.items()) if len(v) > 2})
print(" ".join(w[::-1] for w in sentences[0].split()))
print(text.count("\n"), len(text.splitlines()), repr(text.splitlines()[1][-12:]))
