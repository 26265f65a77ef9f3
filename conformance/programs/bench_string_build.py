# String-heavy benchmark: building, joining, replacing and counting in large strings
parts = []
for i in range(20000):
    parts.append(f"{i:05d}:{i * i % 997:03d};")
big = "".join(parts)
print(len(big), big[:40], big[-20:])
print(big.count("00"), big.count(";"), big.find("12345"), big.rfind("000"))
replaced = big.replace(";", "\n")
lines = replaced.splitlines()
print(len(lines), lines[100], lines[-1])
fields = [l.split(":") for l in lines]
total = sum(int(b) for a, b in fields)
print(total)
s = ""
for i in range(3000):
    s += chr(97 + i % 26)
print(len(s), s[:30], s.upper()[-5:])
words = big[:5000].replace(":", " ").replace(";", " ").split()
print(len(words), len(set(words)), max(words), min(words))
rev = big[::-1]
print(rev[:20], rev == big[::-1], big.startswith("00000"), big.endswith(";"))
chunks = [big[i:i + 64] for i in range(0, len(big), 64)]
print(len(chunks), len(chunks[-1]))
enc = big.encode()
print(len(enc), enc[:12], enc.count(b"9"))
print("-".join(str(x) for x in range(20)), ",".join(map(str, range(5))))
