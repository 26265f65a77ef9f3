# Huge subjects: linear scans over millions of characters work within the limits; a group
# repeated per character grows the backtrack stack until MemoryError or the time limit
import re
s = "ab" * 1000000
u = s[:400000]
print(len(re.findall("b", u)), re.search("c", s), re.match("(?:ab)*$", s[:20000]).end())
print(re.sub("a", "", s[:100000]).count("b"), len(re.split("a", s[:100000])))
print(re.search("y+z", "y" * 2000))
t = "é" * 500000
print(re.search("é+$", t).span(), len(re.findall(r"\w", t[:1000])))
re.match("(?:(a)|b)*c", s)
