# bytes.hex with separators and bytes_per_sep; hex() of ints vs bytes.
print(b'\x00\x01\xab\xff'.hex(), b''.hex(), b'hello'.hex())
print(b'\xde\xad\xbe\xef'.hex(':'), b'\xde\xad\xbe\xef'.hex('-', 2), b'\xde\xad\xbe\xef'.hex(' ', -3))
print(b'\x01\x02\x03\x04\x05'.hex('.', 2), b'\x01\x02\x03\x04\x05'.hex('.', -2), b'\x01'.hex(':'))
print(bytes(range(16)).hex(), bytes([255] * 3).hex(b'|'))
try:
    b'ab'.hex('::')
except ValueError as e:
    print(type(e).__name__, e)
print(bytes.fromhex(b'\xca\xfe'.hex()) == b'\xca\xfe')
