# re: flags (I, M, S, X, A), inline and scoped flags, Unicode classes and case folding
import re
print(re.findall("(?i)[a-c]+", "xAbCdBa"), re.findall("[A-C]+", "xabcd", re.I))
print(re.findall("(?i)k", "kK\u212a"), re.findall("(?i)s", "sS\u017f"), re.findall("(?i)\u017f", "sS"))
print(re.findall("(?i)\u00e9", "\u00c9\u00e9"), re.findall("(?i)[\u00e0-\u00ff]+", "\u00c0\u00c9\u00df"))
print(re.findall("(?i)\u03c3", "\u03a3\u03c3\u03c2"), re.findall("(?i)i", "iI\u0130\u0131"))
print(re.findall(r"(?i)(a)\1", "aA Aa aa"), re.findall("(?i)[^a]", "aAb"))
print(re.findall(r"\w+", "héllo wörld ΣΑΣ 123 ٣"), re.findall(r"\w+", "héllo wörld", re.A))
print(re.findall(r"\d", "1٣۴", re.A), re.findall(r"\d", "1٣۴"), re.findall(r"\s", "a\u00a0b\u2003c"))
print(re.findall(r"\s", "a\u00a0b\u2003c\x1c", re.A), re.findall(r"\b\w", "été à"), re.findall(r"(?a)\b\w", "été à"))
print(re.findall("(?a)[\\w]+", "aé_1"), re.findall("(?i)(?a)É", "éÉ"), re.findall("(?ia)k", "k\u212aK"))
print(re.findall("^a$", "a\na\n", re.M), re.findall("^a$", "a\na\n"), re.findall("a$", "a\na\n"))
print(re.findall("a.b", "a\nb", re.S), re.findall("a.b", "a\nb"), re.findall("(?s:a.)b", "a\nb"))
print(re.findall("""
   (\\d+)   # number
   \\s* [a-z]+   # word
""", "12 ab 3cd", re.X))
print(re.findall(r"(?x) a [ ] b \# c", "a bx#c a b#c"))
print(re.compile("(?i)a").flags, re.compile("a", re.I).flags, re.compile("(?a)a").flags)
print(re.compile(b"a").flags, re.compile(b"(?i)a").flags, re.compile("(?s)(?m)a").flags)
print(re.compile("(?x)a", re.I).pattern, re.compile("(?imsx)a"))
print(re.match("(?i:A)(?-i:b)", "ab"), re.match("(?i:A)(?-i:b)", "aB"))
print(re.match("(?i)(?-i:a)", "A"), re.match("(?x:a b)c d", "abc d"))
print(re.findall(r"[\u4e00-\u9fff]+", "abc中文def字"), re.sub(r"\W", "", "a-é_ü!"))
print(re.findall(r"\u00e9|\U0001F600", "é😀"), re.search("😀+", "x😀😀y").span())
print(re.findall("(?i)ß", "ßẞ"), re.findall("(?i)ẞ", "ß"), re.findall("(?i)[α-ω]+", "ΑΒΓ"))
print(re.findall("(?i)µ", "µμΜ"))
