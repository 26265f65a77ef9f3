# Base64 and hex encoding implemented by hand, checked by round trip
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

def b64encode(data: bytes) -> str:
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        chars = [ALPHABET[(n >> s) & 63] for s in (18, 12, 6, 0)]
        if len(chunk) < 3:
            chars[len(chunk) + 1:] = "=" * (3 - len(chunk))
        out.append("".join(chars))
    return "".join(out)

def b64decode(text: str) -> bytes:
    text = text.rstrip("=")
    bits = "".join(format(ALPHABET.index(c), "06b") for c in text)
    usable = len(bits) - len(bits) % 8
    return bytes(int(bits[i:i + 8], 2) for i in range(0, usable, 8))

for s in ["", "f", "fo", "foo", "foob", "fooba", "foobar", "Many hands make light work.", "ünï©ødé ✓"]:
    raw = s.encode("utf-8")
    enc = b64encode(raw)
    dec = b64decode(enc)
    print(f"{s!r:<32} {enc:<40} {dec.decode('utf-8') == s}")

def hexlify(b):
    return "".join("%02x" % x for x in b)
def unhexlify(h):
    return bytes(int(h[i:i + 2], 16) for i in range(0, len(h), 2))
blob = bytes(range(0, 256, 17))
print(hexlify(blob), unhexlify(hexlify(blob)) == blob, blob.hex() == hexlify(blob))
print(b64encode(bytes(range(256)))[:64])
print(len(b64encode(b"x" * 1000)), b64decode("SGVsbG8sIFdvcmxkIQ=="))
