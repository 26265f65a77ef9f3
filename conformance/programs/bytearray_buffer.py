# Mutable byte buffer built with bytearray: packet assembly and in-place edits
ba = bytearray(b"abcdef")
ba[0] = 65
ba[1:3] = b"XYZ"
ba.append(33)
ba.extend(b"??")
del ba[-1]
print(ba, len(ba), ba.upper(), bytes(ba).lower())
packet = bytearray()
for field in (b"HDR", bytes([1, 2, 3]), "payload".encode()):
    packet += len(field).to_bytes(2, "big") + field
print(packet.hex(), len(packet))
i = 0
while i < len(packet):
    n = int.from_bytes(packet[i:i + 2], "big")
    print(n, bytes(packet[i + 2:i + 2 + n]))
    i += 2 + n
print(bytearray(b"q'\""), bytearray(3), bytearray([1, 255]))
checksum = 0
for b in packet:
    checksum = (checksum + b) & 0xFF
print("checksum", checksum, hex(checksum))
packet.reverse()
print(packet[:6], packet.find(b"HDR"[::-1]), packet.count(0))
