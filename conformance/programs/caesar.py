# Caesar and Vigenere ciphers with frequency-based cracking
def shift_char(c, k):
    if c.isupper():
        return chr((ord(c) - 65 + k) % 26 + 65)
    if c.islower():
        return chr((ord(c) - 97 + k) % 26 + 97)
    return c

def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)

def vigenere(text, key, sign=1):
    out, i = [], 0
    for c in text:
        if c.isalpha():
            out.append(shift_char(c, sign * (ord(key[i % len(key)].lower()) - 97)))
            i += 1
        else:
            out.append(c)
    return "".join(out)

msg = "The Quick Brown Fox Jumps Over The Lazy Dog, and then it rests."
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
v = vigenere(msg, "LEMON")
print(v)
print(vigenere(v, "LEMON", -1))

english = "etaoinshrdlcumwfgypbvkjxqz"
def score(text):
    counts = {}
    for c in text.lower():
        if c.isalpha():
            counts[c] = counts.get(c, 0) + 1
    return sum(n * (26 - english.index(c)) for c, n in counts.items())

secret = caesar("attack at dawn, we meet near the eastern gate of the old city", 17)
print(secret)
best = max(range(26), key=lambda k: score(caesar(secret, -k)))
print("key guess:", best, "->", caesar(secret, -best))
table = str.maketrans("abcdefghijklmnopqrstuvwxyz", "zyxwvutsrqponmlkjihgfedcba")
print("atbash:", "hello world".translate(table))
