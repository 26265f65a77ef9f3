# Convert integers to English words, including negatives, big numbers, and ordinals
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand")]

def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, rest = divmod(n, 100)
        return ONES[h] + " hundred" + (" and " + words(rest) if rest else "")
    for value, name in SCALES:
        if n >= value:
            q, rest = divmod(n, value)
            sep = ", " if rest >= 100 else " and " if rest else ""
            return words(q) + " " + name + (sep + words(rest) if rest else "")
    raise ValueError(n)

def ordinal(n):
    w = words(n)
    irregular = {"one": "first", "two": "second", "three": "third", "five": "fifth",
                 "eight": "eighth", "nine": "ninth", "twelve": "twelfth"}
    head, sep, last = w.rpartition(" ") if " " in w else ("", "", w)
    pre, dash, tail = last.rpartition("-")
    if tail in irregular:
        tail = irregular[tail]
    elif tail.endswith("y"):
        tail = tail[:-1] + "ieth"
    else:
        tail += "th"
    return head + sep + pre + dash + tail

for n in [0, 7, 13, 21, 40, 99, 100, 101, 342, 1000, 1001, 12345, 1000000, 1234567891, -45, 10**12 + 1]:
    print(f"{n:>14,}: {words(n)}")
print([ordinal(n) for n in (1, 2, 3, 4, 5, 8, 9, 12, 20, 21, 42, 100, 111)])
letters = sum(len(words(i).replace(" ", "").replace("-", "").replace(",", "")) for i in range(1, 1001))
print("letters used 1..1000:", letters)
