# Group words into anagram classes and report the largest classes
words = """listen silent enlist inlets google elgoog tinsel stone tones notes onset
seton banana evil vile live veil levi angel glean angle galen below elbow bowel
state taste teats tates rat tar art cat act tac dog god""".split()

groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)

ordered = sorted(groups.values(), key=lambda g: (-len(g), g[0]))
for g in ordered:
    if len(g) > 1:
        print(f"{len(g)}: {', '.join(sorted(g))}")
singles = [g[0] for g in ordered if len(g) == 1]
print("singletons:", singles)
print("distinct signatures:", len(groups))
biggest = ordered[0]
print("largest group key:", "".join(sorted(biggest[0])), "size", len(biggest))

def is_anagram(a, b):
    counts = {}
    for ch in a.replace(" ", "").lower():
        counts[ch] = counts.get(ch, 0) + 1
    for ch in b.replace(" ", "").lower():
        counts[ch] = counts.get(ch, 0) - 1
    return not any(counts.values())

pairs = [("Dormitory", "Dirty room"), ("The eyes", "They see"), ("Hello", "World"),
         ("Astronomer", "Moon starer"), ("abc", "abcc")]
for a, b in pairs:
    print(f"{a!r:>14} vs {b!r:<14} {is_anagram(a, b)}")
