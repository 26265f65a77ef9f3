# Bytes and bytearray manipulation: hex dumps, checksums, xor, encodings
data = "Hello, bytes! ñ €".encode("utf-8")
print(data, len(data))
print(data.hex(), data.hex(" ", 4)[:40])
print(list(data[:5]), data[0], data[-1], data[2:6])
def hexdump(b, width=8):
    for off in range(0, len(b), width):
        chunk = b[off:off + width]
        hx = " ".join(f"{x:02x}" for x in chunk)
        asc = "".join(chr(x) if 32 <= x < 127 else "." for x in chunk)
        print(f"{off:04x}  {hx:<{width * 3}} {asc}")
hexdump(data)
checksum = 0
for byte in data:
    checksum = (checksum * 31 + byte) & 0xFFFFFFFF
print("checksum:", checksum, hex(checksum))
key = b"k3y"
enc = bytes(b ^ key[i % len(key)] for i, b in enumerate(data))
print(enc.hex())
dec = bytes(b ^ key[i % len(key)] for i, b in enumerate(enc))
print(dec.decode("utf-8"), dec == data)
print(b"a,b,c".split(b","), b"  pad ".strip(), b"abc".replace(b"b", b"BB"))
print(bytes.fromhex("de ad be ef"), bytes(4), bytes(range(65, 70)), b"x" * 3)
print(b"abc" < b"abd", b"abc" + b"def", b"bc" in b"abcd", b"abcabc".count(b"bc"), b"abcabc".find(b"ca"))
print("ünïcödé".encode("latin-1"), "abc".encode("ascii"), b"caf\xc3\xa9".decode())
try:
    "€".encode("ascii")
except UnicodeEncodeError as e:
    print("encode error:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("decode error:", e)
print(b"\xff".decode("utf-8", "replace"), "€".encode("ascii", "ignore"), "é€".encode("ascii", "replace"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (1000).to_bytes(4, "big"))
print(repr(bytes([0, 9, 10, 13, 39, 92, 127, 128, 255])))
