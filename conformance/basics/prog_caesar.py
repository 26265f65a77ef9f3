# Program: Caesar and Vigenere ciphers, frequency-based cracking of the Caesar shift.
def caesar(s, k):
    out = []
    for ch in s:
        if 'a' <= ch <= 'z':
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif 'A' <= ch <= 'Z':
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return ''.join(out)
msg = 'Attack at Dawn! Meet me near the eastern gate, seven sharp.'
enc = caesar(msg, 11)
print(enc)
print(caesar(enc, -11) == msg, caesar(msg, 26) == msg, caesar('xyz', 3))
def crack(s):
    best = None
    for k in range(26):
        cand = caesar(s, -k)
        score = sum(cand.lower().count(c) for c in 'etaoin')
        if best is None or score > best[0]:
            best = (score, k, cand)
    return best[1], best[2]
print(crack(enc))
def vigenere(s, key, sign=1):
    out, j = [], 0
    for ch in s:
        if ch.isalpha() and ch.isascii():
            base = 65 if ch.isupper() else 97
            shift = (ord(key[j % len(key)].lower()) - 97) * sign
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            j += 1
        else:
            out.append(ch)
    return ''.join(out)
v = vigenere(msg, 'lemon')
print(v, vigenere(v, 'lemon', -1) == msg)
