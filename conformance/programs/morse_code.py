# Morse code translator with a dictionary built from a compact table, both directions
TABLE = "A.- B-... C-.-. D-.. E. F..-. G--. H.... I.. J.--- K-.- L.-.. M-- N-. O--- P.--. Q--.- R.-. S... T- U..- V...- W.-- X-..- Y-.-- Z--.. 0----- 1.---- 2..--- 3...-- 4....- 5..... 6-.... 7--... 8---.. 9----."
ENC = {item[0]: item[1:] for item in TABLE.split()}
DEC = {v: k for k, v in ENC.items()}

def encode(text):
    words = text.upper().split()
    return " / ".join(" ".join(ENC[c] for c in w if c in ENC) for w in words)

def decode(code):
    return " ".join("".join(DEC.get(sym, "?") for sym in w.split()) for w in code.split(" / "))

for msg in ["SOS", "Hello World", "Python 3 11", "The quick brown fox"]:
    e = encode(msg)
    print(f"{msg:<22}{e}")
    print(f"{'':<22}{decode(e)}")
print(decode("... --- ... / ..--.. / .-"))
by_len = {}
for k, v in ENC.items():
    by_len.setdefault(len(v), []).append(k)
for n in sorted(by_len):
    print(n, "".join(sorted(by_len[n])))
dots = sum(v.count(".") for v in ENC.values())
dashes = sum(v.count("-") for v in ENC.values())
print(f"dots={dots} dashes={dashes} ratio={dots / dashes:.3f}")
print(max(ENC.items(), key=lambda kv: (len(kv[1]), kv[0])))
