# Unicode text handling: reprs, case mapping, code points, normalisation-free comparisons
samples = ["hello", "naïve", "Straße", "ΑΒΓ δεζ", "日本語", "emoji 😀👍", "tab\there", "nul\x00byte",
           "zero\u200bwidth", "quote'\"", "back\\slash", "\x7f\x80\x9f", "é vs e\u0301", "ﬁ ligature"]
for s in samples:
    print(repr(s), len(s), s.upper(), s.lower(), s.isprintable())
print(ascii("naïve 😀"), "😀".encode("utf-16-be") if False else "", [hex(ord(c)) for c in "é😀"])
print("Straße".casefold() == "STRASSE".casefold(), "ß".upper(), "ﬁ".upper(), "İstanbul".lower())
print(sorted(["zebra", "Zebra", "éclair", "eclair", "apple", "Äpfel"]))
print("ǆ".title(), "ǆ".upper(), "ǆ".capitalize(), "ΣΑΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower())
print("١٢٣".isdigit(), int("١٢٣"), float("٣.٥"), "Ⅻ".isnumeric(), "²".isdigit(), "²".isdecimal())
print(chr(0x1F600), chr(233), ord("ÿ"), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é")
print("αβγ".center(9, "·"), "日本".ljust(5, "_") + "|", "x".rjust(3, "→"))
print(" \u3000\xa0x\u2003".strip(), len(" \u3000\xa0x\u2003".split()), "a\u2028b".splitlines())
word = "résumé"
print(word[::-1], word.encode("utf-8"), len(word.encode()), word.encode("utf-8").decode("latin-1"))
print("".join(sorted(set("mississippi"))), "abc" < "abd" < "abda" < "b", "Z" < "a", "é" > "z")
counts = {}
for ch in "déjà vu, déjà vu":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
print("%s|%5s|%-5s|" % ("é", "ü", "ñ"), f"{'日本':>6}|{'ä':^5}|")
print(repr("\r\n\t\a\b\f\v"), repr("\x1b[0m"), repr("\ud7ff"), repr("\U0001f600"), repr("\u0378"))
print(str(b"caf\xc3\xa9", "utf-8"), "caf\xe9".encode("utf-8"), bytes("ab", "ascii"))
print("ABC".lower().islower(), "123abc".islower(), "ΑΒΓ".isupper(), "ǅ".istitle(), "Hello World".istitle())
